"""Photographs of pages for a reviewer, in out/screenshots/ (not kept in the repository)."""

from pathlib import Path

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def screenshot(tab, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
