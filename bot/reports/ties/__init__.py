"""Two-legged ties: aggregates, how a level tie was settled, ties from two legs."""
