"""Interface strings: every catalogue is complete in Polish and Ukrainian and compiled as it stands."""

import polib
import pytest

from core.management.commands.compile_catalogues import catalogues

CATALOGUES = list(catalogues())


def test_every_app_with_strings_has_a_catalogue_per_language():
    languages = {path.parts[-3] for path in CATALOGUES}
    assert languages == {"pl", "en", "uk"}
    assert any("home" in path.parts for path in CATALOGUES)


@pytest.mark.parametrize("path", [p for p in CATALOGUES if p.parts[-3] in ("pl", "uk")], ids=str)
def test_no_empty_or_fuzzy_translation(path):
    po = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"untranslated in {path}"
    assert fuzzy == [], f"fuzzy in {path}"


@pytest.mark.parametrize("path", CATALOGUES, ids=str)
def test_compiled_catalogue_matches_its_source(path):
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr for entry in polib.pofile(str(path)).translated_entries()
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.mofile(str(path.with_suffix(".mo")))
        if entry.msgid
    }
    assert compiled == source
