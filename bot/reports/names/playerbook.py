"""Full player names a report introduces, so "Lucas" maps back to "Lucas Moura"."""

from __future__ import annotations

from bot.teams.names import normalize


class PlayerBook:
    """Full names met so far; a single name maps back to one unambiguous full name."""

    def __init__(self) -> None:
        self._full: dict[str, str] = {}
        self._answers: dict[str, str] = {}
        self._known: dict[str, bool] = {}
        self._ends: dict[str, list[str]] = {}
        self._lasts: dict[str, list[str]] = {}

    def learn(self, name: str) -> None:
        if len(name.split()) >= 2:
            key = name_key(name)
            if key not in self._full:
                self._full[key] = name
                self._index(key)
                self._answers.clear()
                self._known.clear()

    def canonical(self, name: str) -> str:
        """`Lucas` -> `Lucas Moura`, `Müller` -> `Thomas Müller` when only one fits."""
        answer = self._answers.get(name)
        if answer is None:
            key = name_key(name)
            fits = [norm for norm in self._near(key) if _fits(key, norm)]
            longest = max(fits, key=len, default="")
            same = all(norm == longest or longest.endswith(" " + norm) for norm in fits)
            answer = self._full[longest] if fits and same else name
            self._answers[name] = answer
        return answer

    def knows(self, name: str) -> bool:
        known = self._known.get(name)
        if known is None:
            key = name_key(name)
            known = self._known[name] = any(_fits(key, norm) for norm in self._near(key))
        return known

    def _index(self, key: str) -> None:
        parts = key.split()
        if parts:
            self._lasts.setdefault(parts[-1], []).append(key)
            for word in dict.fromkeys((parts[0], parts[-1])):
                self._ends.setdefault(word, []).append(key)

    def _near(self, key: str) -> list[str]:
        """The only full names `_fits` can accept: one word must be a full name's first or
        last word, several must end it. Looked up, not scanned: asked for every name."""
        words = key.split()
        if not words:
            return []
        return self._ends.get(words[0], []) if len(words) == 1 else self._lasts.get(words[-1], [])


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
