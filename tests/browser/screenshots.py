"""Photographs of pages for a reviewer, in out/screenshots/ (not kept in the repository): JPEG, which
a browser encodes in half the time of PNG, and reads as well for a person looking at a page."""

from pathlib import Path

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def screenshot(tab, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / f"{name}.jpg"), full_page=True, type="jpeg", quality=80)
