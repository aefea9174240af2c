"""Test support shared across test packages: stand-in platform servers and recorders."""
