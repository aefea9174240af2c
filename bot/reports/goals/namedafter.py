"""A minute that belongs to someone named after it, who has a minute of his own."""


def named_after(doer, minute, paired) -> bool:
    """A minute told before the name of the one picked as its doer, who has his own
    bracketed minute after it (`mit seinem Kopfballtor (81.) ... nach dem Führungstreffer
    von Cesc Fàbregas (50.)`), is not his: whose it is, the clause does not say."""
    if doer is None or not doer.name:
        return False
    return any(p.start > minute.start and p.name == doer.name for p, _ in paired)
