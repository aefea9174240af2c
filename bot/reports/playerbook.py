"""Full player names a report introduces, so "Lucas" maps back to "Lucas Moura"."""

from __future__ import annotations

from bot.teams.names import normalize


class PlayerBook:
    """Full names met so far; a single name maps back to one unambiguous full name."""

    def __init__(self) -> None:
        self._full: dict[str, str] = {}
        self._answers: dict[str, str] = {}
        self._known: dict[str, bool] = {}

    def learn(self, name: str) -> None:
        if len(name.split()) >= 2:
            key = name_key(name)
            if key not in self._full:
                self._full[key] = name
                self._answers.clear()
                self._known.clear()

    def canonical(self, name: str) -> str:
        """`Lucas` -> `Lucas Moura`, `Müller` -> `Thomas Müller` when only one fits."""
        answer = self._answers.get(name)
        if answer is None:
            key = name_key(name)
            fits = [norm for norm in self._full if key and _fits(key, norm)]
            longest = max(fits, key=len, default="")
            same = all(norm == longest or longest.endswith(" " + norm) for norm in fits)
            answer = self._full[longest] if fits and same else name
            self._answers[name] = answer
        return answer

    def knows(self, name: str) -> bool:
        known = self._known.get(name)
        if known is None:
            key = name_key(name)
            known = self._known[name] = any(_fits(key, norm) for norm in self._full)
        return known


_KEYS: dict[str, str] = {}


def last_name(player: str | None) -> str:
    """The surname key the evaluation compares (cached `bot.teams.names.surname`)."""
    if not player:
        return ""
    parts = name_key(player).split()
    return parts[-1] if parts else ""


def name_key(name: str) -> str:
    key = _KEYS.get(name)
    if key is None:
        if len(_KEYS) > 50000:
            _KEYS.clear()
        key = _KEYS[name] = normalize(name)
    return key


def _fits(key: str, full: str) -> bool:
    if key == full:
        return True
    parts = full.split()
    words = key.split()
    if len(words) == 1:
        return words[0] in (parts[0], parts[-1])
    return full.endswith(" " + key)
