"""Red cards and second yellows: who, when, for which side."""
