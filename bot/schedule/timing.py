"""When an announcement is due: digest times and quiet hours in a chat's own timezone.

All inputs and outputs are timezone-aware datetimes; local wall-clock times
(HH:MM) are turned into instants with zoneinfo, so a digest at 08:00 stays at
08:00 local across a daylight-saving change. Stored times are UTC text with a
trailing Z, so that comparing the text compares the times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_HHMM = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$")


def parse_hhmm(text: str) -> time | None:
    """'08:00', '8:00', '8.00' or '8h00' -> time(8, 0); anything else -> None."""
    match = _HHMM.match(text.strip())
    if not match:
        return None
    return time(int(match.group(1)), int(match.group(2)))


def zone(name: str | None, default: str = "UTC") -> ZoneInfo:
    """A ZoneInfo, or the default's if the name is missing or unknown."""
    for candidate in (name, default, "UTC"):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")


def is_timezone(name: str) -> bool:
    if not name or name != name.strip() or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def to_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime; every time here must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_text(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def next_local(now: datetime, at: time, tz: ZoneInfo) -> datetime:
    """The first instant after `now` whose local wall-clock time is `at`.

    A time skipped by a spring-forward change comes an hour later (02:30 becomes
    03:30 summer time); a time that happens twice in autumn is its first
    occurrence.
    """
    local_now = now.astimezone(tz)
    day = local_now.date()
    for offset in range(0, 3):
        candidate = _instant(day + timedelta(days=offset), at, tz)
        if candidate > now:
            return candidate
    raise AssertionError("unreachable: a local time recurs within two days")


def _instant(day, at: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, at).replace(tzinfo=tz, fold=0).astimezone(UTC)


@dataclass(frozen=True)
class Quiet:
    start: time
    end: time

    def contains(self, now: datetime, tz: ZoneInfo) -> bool:
        local = now.astimezone(tz).time().replace(tzinfo=None)
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def release(self, now: datetime, tz: ZoneInfo) -> datetime:
        """When an announcement held by quiet hours may go: `now` if not quiet."""
        if not self.contains(now, tz):
            return now
        return next_local(now, self.end, tz)


@dataclass(frozen=True)
class Plan:
    """A chat's delivery choices, as far as timing is concerned."""

    tz: ZoneInfo
    mode: str = "instant"
    digest_at: time | None = None
    quiet: Quiet | None = None

    def due(self, now: datetime) -> datetime:
        """When something that became news at `now` should go to this chat."""
        if self.mode == "digest" and self.digest_at is not None:
            return next_local(now, self.digest_at, self.tz)
        if self.quiet is not None:
            return self.quiet.release(now, self.tz)
        return now
