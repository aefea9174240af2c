"""English goal cues for finishes told in a phrase the main list does not hold: an
infinitive after `stretched` / `was on hand` (`stretched to turn the ball in`), `went ahead
through X`, `took the lead (in the 34th minute) through X`, `ran through to slide the ball
under`, `slipped the ball between the legs of`, `drove a low shot across Crossley and in`,
`to head beyond Roos`, and the participle of an absolute phrase (`X turning and shooting past
the keeper`), and `X settled it in the 87th minute` (the deciding goal; `levelled` is not a
cue: `Benfica levelled when X scored` tells the goal twice), `X drew Colombia level`,
`driving in from distance` and `X sent the goalkeeper the wrong way` (a penalty put away)."""

_WHEN = (
    r"(?: in the \w+(?:-\w+)? minute| after \w+ minutes| (?:early|late) on|"
    r" (?:early|late) in the (?:first|second) half| (?:just )?before (?:half-?time|the break))?"
)
"""`took the lead in the 34th minute through X`, `had gone ahead after 20 minutes through X`."""

FINISH_CUES_EN = (
    r"(?:stretched|managed|was (?:on hand|there|quickest|first)|reacted (?:quickest|first)|"
    r"arrived|ghosted in) to (?:turn|tap|poke|slot|slide|stab|steer|prod|nod|head|bundle|"
    r"sweep|tuck|force|side-foot) (?:the ball |it )?(?:in|home|over the line)\b|"
    r"(?:went|go|goes|got|gone|were|was) (?:ahead|in front)" + _WHEN + r" through\b|"
    r"(?:took|take|takes|taking|taken) (?:the|an early|a|an) (?:[\w-]+ )?lead"
    + _WHEN
    + r" through\b|"
    r"(?:ran|raced|burst|broke) (?:through|clear) to (?:slide|slot|fire|roll|lift|chip|poke|"
    r"tuck|drive|steer|stroke|dink) (?:the ball |it |his shot )?(?:in|home|under|past|over)\b|"
    r"(?:shooting|firing|driving|curling|slotting|drilling|sliding|stabbing|tapping|poking) "
    r"(?:the ball |it |low |a low shot )?(?:past|home)\b|"
    r"settled it\b|"
    r"(?:drew|drawing|pulled|pulling|brought|bringing|hauled|hauling) (?:(?-i:[A-Z])[\w'’.-]+ "
    r"(?:(?-i:[A-Z])[\w'’.-]+ )?|(?:his|her|their|the) (?:side|team|hosts|visitors|home side|"
    r"away side|champions|holders)\s|them )level\b(?! on points| in the (?:table|standings))|"
    r"(?:drove|drives|driving) (?:the ball |it )?(?:home\b|in from (?:distance|range|long range|"
    r"outside the (?:area|box)|the edge of the (?:area|box)|\w+ yards)\b)|"
    r"(?:sent|sends|sending) (?:the (?:goal)?keeper|(?-i:[A-Z])[\w'’.-]+"
    r"(?: (?-i:[A-Z])[\w'’.-]+)?) the wrong way\b|"
    r"(?:slipped|slid|poked|rolled|knocked|threaded|put) (?:the ball |it |his shot )?"
    r"(?:between|through) the legs of\b|"
    r"\bacross (?:the (?:goalkeeper|keeper)|goal|(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?) "
    r"and in\b|"
    r"\b(?:head|heads|headed|nod|nods|nodded|fire|fires|fired|shoot|shoots|shot|slot|slots|"
    r"slotted|poke|poked|steer|steered|curl|curled|volley|volleyed|lift|lifted|chip|chipped|"
    r"tuck|tucked|drill|drilled) (?:the ball |it |his shot |a shot |a header )?beyond "
    r"(?:the (?:goalkeeper|keeper|stranded|despairing)\b|(?-i:[A-Z]))"
)
