"""fullnames.first_names finds what the per-name pattern it replaces found."""

import random
import re

from bot.reports.names.fullnames import first_names


def _pattern(text: str, name: str) -> list[str]:
    found = re.finditer(r"\b([A-ZÄÖÜ][\w'’-]+) " + re.escape(name) + r"\b", text)
    return [f.group(1) for f in found]


def test_first_names_as_the_pattern():
    chooser = random.Random(1)
    letters = list("aAbBZzÄÖÜäé _-'’.,\n1ß")
    names = ["Kai", "Müller", "Ab", "Kai-", "aKai", "Müller Müller", "A A", "Ka_i", "Kai’"]
    for _ in range(20000):
        name = chooser.choice(names)
        parts = []
        for _ in range(chooser.randint(1, 8)):
            if chooser.random() < 0.4:
                parts.append(" " + name)
            else:
                parts.append("".join(chooser.choice(letters) for _ in range(chooser.randint(0, 4))))
        text = "".join(parts)
        assert list(first_names(text, name)) == _pattern(text, name), (text, name)


def test_first_names_examples():
    text = "Filip Kostic traf. Kostic, der Filip Kostic. Nach Kostic"
    assert list(first_names(text, "Kostic")) == ["Filip", "Filip", "Nach"]
