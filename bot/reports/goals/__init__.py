"""Goals per match: who scored when and for whom, checked against the score."""
