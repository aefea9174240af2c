"""Shared test setup: no network beyond loopback, and a fresh SQLite file per test.

pytest-socket (configured in pyproject.toml with --allow-hosts) makes any
connection to an address other than loopback fail the test.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def db_path(tmp_path):
    """A path for this test's own SQLite file."""
    return tmp_path / "store.sqlite3"
