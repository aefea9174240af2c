"""An installed wheel (no checkout beside the code) still finds its catalogs and seeds."""

from __future__ import annotations

from bot import datadirs


def test_checkout_folder_wins_when_present(tmp_path, monkeypatch):
    (tmp_path / "checkout" / "locales").mkdir(parents=True)
    (tmp_path / "share" / "locales").mkdir(parents=True)
    monkeypatch.setattr(datadirs, "CHECKOUT", tmp_path / "checkout")
    monkeypatch.setattr(datadirs, "INSTALLED", tmp_path / "share")
    assert datadirs.data_dir("locales") == tmp_path / "checkout" / "locales"


def test_installed_copy_is_used_without_a_checkout(tmp_path, monkeypatch):
    (tmp_path / "share" / "seeds").mkdir(parents=True)
    monkeypatch.setattr(datadirs, "CHECKOUT", tmp_path / "site-packages")
    monkeypatch.setattr(datadirs, "INSTALLED", tmp_path / "share")
    assert datadirs.data_dir("seeds") == tmp_path / "share" / "seeds"


def test_pyproject_ships_every_catalog_and_seed():
    """The wheel's data-files globs cover each catalog and seed report of the checkout."""
    import glob
    import tomllib

    config = tomllib.loads((datadirs.CHECKOUT / "pyproject.toml").read_text())
    patterns = [p for globs in config["tool"]["setuptools"]["data-files"].values() for p in globs]
    shipped = {f for pattern in patterns for f in glob.glob(str(datadirs.CHECKOUT / pattern))}
    wanted = set(glob.glob(str(datadirs.CHECKOUT / "locales/*/LC_MESSAGES/*.po")))
    wanted |= set(glob.glob(str(datadirs.CHECKOUT / "seeds/*.txt")))
    assert wanted and wanted <= shipped
