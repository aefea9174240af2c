"""Thin platform adapters: each turns platform updates into core commands and replies back."""
