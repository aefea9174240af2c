"""Who and where a report names: teams (by name or description), people, grounds."""
