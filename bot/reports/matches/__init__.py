"""Results as sentences state them, and the matches they become."""
