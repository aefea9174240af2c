"""Where the gettext catalogs and seed reports live: beside the code in a checkout
(and an editable install), under <prefix>/share/sportsbot in an installed wheel."""

from __future__ import annotations

import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
INSTALLED = Path(sys.prefix) / "share" / "sportsbot"


def data_dir(name: str) -> Path:
    """The checkout's folder when there is one, else the installed copy."""
    beside = CHECKOUT / name
    if beside.is_dir():
        return beside
    installed = INSTALLED / name
    return installed if installed.is_dir() else beside
