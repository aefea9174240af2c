"""Fast forms of cue patterns: key-word gates, alternatives regrouped by letter."""
