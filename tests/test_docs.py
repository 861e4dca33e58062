"""The documents a newcomer reads stay true: README stays short and leads to the four docs, and every
module or folder docs/architecture.md names exists."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ("editors.md", "operations.md", "architecture.md", "development.md")
# A path in backticks: folders and modules of the repository, such as `forum/registrations/booking.py` or `core/caching/`.
NAMED_PATH = re.compile(r"`([a-z_]+/[A-Za-z0-9_./]*)`")


def test_readme_is_short_and_leads_to_each_doc():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) < 150
    for doc in DOCS:
        assert f"(docs/{doc})" in readme, doc
        assert (ROOT / "docs" / doc).is_file(), doc


def test_every_path_the_architecture_names_exists():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(NAMED_PATH.findall(text))
    assert "forum/registrations/booking.py" in named  # the pattern still finds what the document names
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert missing == []
