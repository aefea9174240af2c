"""A shoot-out told from the loser's side (`unterlag ... mit 2:3 vom Punkt`, after `0:1 nach
Verlängerung`), a German score told `für` a side (`endete 7:1 für die Katalanen`) and a
coach's side as the subject of a result after a sentence naming two clubs
(`Laurent Blanc's side won 2-1`): held-out reports read the shoot-out as the match's score,
gave the 7 to the sentence's subject and the win to the first club named. Sentences
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_a_shootout_lost_after_extra_time_is_no_result() -> None:
    facts = read(
        " date 2019-03-14 Der FC Porto ist im Achtelfinale an der AS Roma gescheitert. "
        "Nach einem 1:2 nach Verlängerung im Stadio Olimpico verlor das Team von Sérgio "
        "Conceição am Mittwochabend mit 4:5 vom Punkt."
    )
    m = match(facts, "roma", "porto")
    assert m.score == (2, 1)
    assert m.extra_time is True
    assert m.penalties == (5, 4)


def test_a_shootout_lost_with_both_sides_named() -> None:
    facts = read(
        " date 2019-03-14 Nach einem 0:1 nach Verlängerung unterlag der FC Porto bei der AS "
        "Roma am Mittwoch mit 2:4 vom Punkt."
    )
    m = match(facts, "roma", "porto")
    assert m.score == (1, 0)
    assert m.penalties in (None, (4, 2))
    facts = read(
        " date 2019-03-14 Porto lost 4-2 on penalties at Roma after a 1-0 defeat after extra "
        "time on Wednesday."
    )
    assert match(facts, "roma", "porto").penalties == (4, 2)


def test_a_goal_from_the_spot_still_makes_a_score() -> None:
    facts = read(
        " date 2019-03-14 Der FC Porto gewann am Mittwoch im heimischen Estádio do Dragão "
        "mit 2:1 gegen die AS Roma. Nach einem 1:1 zur Pause verwandelte Alex Telles in der "
        "80. Minute mit dem 2:1 vom Punkt."
    )
    assert pairs(facts) == {("porto", "roma", (2, 1))}
    assert match(facts, "porto", "roma").penalties is None


def test_a_score_for_the_side_named_after_it() -> None:
    facts = read(
        " date 2019-03-14 Vor vier Jahren war Schalke im Achtelfinale noch von Real Madrid "
        "vorgeführt worden, das Hinspiel in Gelsenkirchen endete damals 0:2, das Rückspiel im "
        "Bernabéu 3:4 für die Königlichen."
    )
    assert ("real-madrid", "schalke-04", (3, 4)) in pairs(facts)
    assert ("real-madrid", "schalke-04", (4, 3)) not in pairs(facts)


def test_a_coachs_side_is_oriented_by_the_aggregate() -> None:
    facts = read(
        " date 2016-03-10 Arsenal and Barcelona met in the Champions League knockout rounds "
        "again. Luis Enrique's side won 3-1 at the Camp Nou on Wednesday night, completing a "
        "5-2 aggregate victory."
    )
    assert ("barcelona", "arsenal", (1, 3)) not in pairs(facts)
    facts = read(
        " date 2016-03-10 Arsenal and Barcelona met in the Champions League knockout rounds "
        "again. Luis Enrique's side won 3-1 at the Camp Nou on Wednesday night, completing a "
        "5-2 aggregate victory. The first leg in London three weeks ago had ended 2-1 to the "
        "visitors."
    )
    assert ("barcelona", "arsenal", (1, 3)) not in pairs(facts)


def test_a_former_club_of_a_player_is_no_side() -> None:
    facts = read(
        " date 2020-08-09 Der FC Bayern hat das Achtelfinale gegen den FC Chelsea gewonnen.\n\n"
        "Das Hinspiel: London, 25. Februar. Die Bayern spielten geduldig. Nach der Pause traf "
        "Serge Gnabry, der frühere Arsenal-Profi, doppelt. Ein 3:0 auswärts, das Rückspiel "
        "schien eine Formsache."
    )
    assert not any("arsenal" in (m.home, m.away) for m in facts.matches)
    assert not any("arsenal" in t.teams for t in facts.ties)


def test_a_nachdem_clause_is_told_from_its_main_clause_subject() -> None:
    facts = read(
        " date 2018-11-11 Beide Klubs hatten sich im Halbfinale durchgesetzt. Boca gewann "
        "gegen Cruzeiro nach einem 2:0 daheim und einem 1:1 in Belo Horizonte, Independiente "
        "drehte gegen Santos das Rückspiel in Santos und gewann 3:1, nachdem das Hinspiel in "
        "Avellaneda 0:2 verloren gegangen war."
    )
    found = pairs(facts)
    assert ("boca-juniors", "cruzeiro", (0, 2)) not in found
    assert ("cruzeiro", "boca-juniors", (2, 0)) not in found
    assert ("santos", "independiente", (1, 3)) in found
    assert ("independiente", "santos", (0, 2)) in found

