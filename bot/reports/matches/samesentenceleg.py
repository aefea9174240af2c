"""A leg told in the same sentence right after another result of one of its sides,
with no team named between them, is a leg of that result's pair: `Arsenal went out to
Milan despite a 3-0 win at the Emirates, having lost the first leg 4-0 at San Siro`,
`Arsenal schied trotz eines 3:0 gegen Milan aus, nachdem es das Hinspiel 0:4 verloren
hatte`; not one against the first team the sentence names. The ground of the first
result, one of its own sides (`drew 1-1 at Real Madrid, having won the first leg 1-0`),
names no other team."""

from __future__ import annotations

from bot.reports.matches import cues


def legs_of_one_pair(doc, readings: list) -> None:
    for before, r in zip(readings, readings[1:], strict=False):
        pair = before.teams()
        if not pair or not r.teams() or r.p not in pair or r.o in pair:
            continue
        gap = doc.text[before.hit.end : r.hit.start]
        if not cues.LEG.search(gap + doc.text[r.hit.end : r.hit.end + 30]):
            continue
        if any(
            before.hit.end <= m.start < r.hit.start
            and m.prep != "in"
            and not (m.team in pair and m.prep in ("at", "bei", "beim"))
            for m in doc.mentions_in(r.sentence)
        ):
            continue
        r.o = pair[0] if pair[1] == r.p else pair[1]
