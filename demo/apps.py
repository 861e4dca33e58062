from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content for every app, loaded by `load_demo`; the top floor: no product app imports it."""

    name = "demo"
