"""Template context every page needs."""

from core.display_preferences import classes_for


def display_preferences(request):
    """The accessibility panel's choices (larger text, high contrast) as classes for <html>."""
    return {"display_classes": classes_for(request)}
