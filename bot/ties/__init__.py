"""Two-legged ties: tiebreak rules as data, the aggregate and winner, what each side needs."""

from bot.ties.decide import Outcome, decide
from bot.ties.needs import Requirement, Result, needs
from bot.ties.rules import TieRules, rules_for, season_start

__all__ = [
    "Outcome",
    "Requirement",
    "Result",
    "TieRules",
    "decide",
    "needs",
    "rules_for",
    "season_start",
]
