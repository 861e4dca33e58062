"""Shared ground for every test: the three locales and a site whose home page exists in each."""

import contextlib
import os
import socket
import urllib.parse
from collections import Counter

import hypothesis
import pytest
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.test import Client, override_settings
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from core import clock
from deploy import varnish
from forum.models import EventIndexPage
from home.models import HomePage, SiteSettings
from search import hits
from tests.factories.forum import REGISTRATION_CLOCK, fix_clock, translated_agenda
from tests.factories.home import HomePageFactory, translate
from tests.factories.ideas import IdeaFactory, zone_with_needs
from zones.editors import ensure_communications_group

LANGUAGES = ("pl", "en", "uk")


@pytest.fixture(autouse=True, scope="session")
def _media_root(tmp_path_factory):
    """Uploaded files of the whole test session go to a temporary folder, never to media/."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(autouse=True, scope="session")
def _force_login_gives_the_second_factor():
    """`client.force_login(user)` stands for a whole admin sign-in, second factor included: the
    user gets a confirmed authenticator app and a session that has used it, so the staff who must
    give one (core/accounts/second_factor/) find the admin open, whatever rights the test grants them later.
    The second factor stays on in every test; tests/test_second_factor.py signs in with the
    password and codes, through the screens."""
    force_login = Client.force_login

    def signed_in_with_second_factor(self, user, backend=None):
        force_login(self, user, backend)
        device = TOTPDevice.objects.create(user=user, name="test authenticator", confirmed=True)
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Client, "force_login", signed_in_with_second_factor)
        yield


@contextlib.contextmanager
def _search_index_not_updated():
    models = [
        model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
            post_delete.connect(post_delete_signal_handler, sender=model)


@pytest.fixture(scope="module", autouse=True)
def _indexes(request):
    """Wagtail brings its search index and its reference index up to date on every save, about a
    fifth of what the suite spends building pages. Modules whose behaviour reads them (search, purging
    the pages that use a changed image or snippet, where an object is used) are marked `indexes`
    and keep both up to date as the site does; in the others, saves leave them as they are."""
    if request.node.get_closest_marker("indexes"):
        yield
        return
    with disable_reference_index_auto_update(), _search_index_not_updated():
        yield


BROWSER_TESTS = "tests/browser/"

# Which worker runs which tests: tests/plugins/scheduling.py.
pytest_plugins = ["tests.plugins.scheduling"]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The browser tests first (the longest group, so it does not finish last), then the tests in
    a rolled-back transaction, then transactional ones, which empty the database when they end;
    among these, first those that wait for the clock, so that the wait overlaps other work."""
    items.sort(
        key=lambda item: (
            not item.nodeid.startswith(BROWSER_TESTS),
            _transactional(item),
            item.get_closest_marker("waits_for_the_clock") is None,
        )
    )


def _uses(item, fixture):
    return fixture in getattr(item, "fixturenames", ())


def _shared_agenda(item):
    """Whether the test asks for this file's agenda (some modules define their own)."""
    definitions = item._fixtureinfo.name2fixturedefs.get("agenda", ())
    return bool(definitions) and definitions[-1].func.__module__ == __name__


def _transactional(item):
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or any(
        _uses(item, fixture) for fixture in ("transactional_db", "live_server")
    )


def build_home(locales):
    """The Polish home page at the site root, with live English and Ukrainian translations."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = HomePageFactory(parent=root)
    site = Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    SiteSettings.for_site(site)  # a live site has its settings row: the first visit would create it
    translate(home, locales["en"], title="Neighbourhood Activity Zones", intro="Neighbours in libraries.")
    translate(home, locales["uk"], title="Зони сусідської активності", intro="Сусіди в бібліотеках.")
    return home


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


@pytest.fixture(scope="module", autouse=True)
def _module_ground(request):
    """The site most tests start from (locales, the home pages, the agenda when every test of the
    module that needs the site needs it too), built once per module instead of once per test:
    building pages is most of what a test costs.

    It is built in a transaction rolled back after the module, and each test runs in a savepoint
    inside it, so what a test changes is still undone after it. Transactional tests cannot run
    inside a transaction: a module with any of them builds the site per test, as do modules that
    never ask for it. Yields the primary keys, or None.
    """
    items = [item for item in request.session.items if item.module is request.module]
    wanting = [item for item in items if _uses(item, "home")]
    if not wanting or any(_transactional(item) for item in items):
        yield None
        return
    request.getfixturevalue("django_db_setup")
    with request.getfixturevalue("django_db_blocker").unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            locales = ensure_locales()
            home = build_home(locales)
            agenda = None
            if all(_shared_agenda(item) for item in wanting):
                agenda = translated_agenda(home, locales)
            yield {"home": home.pk, "agenda": agenda and agenda.pk}
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def build_in_module_site(module_ground, django_db_blocker, build):
    """`build(home, locales)` run once for the module, inside its shared site's transaction (so undone
    with it), for content many of its tests read; each test's own changes are still undone after it.
    Such a module holds no transactional test: those empty the database, so its site is built per test."""
    assert module_ground is not None, "a module sharing built content cannot hold transactional tests"
    with django_db_blocker.unblock():
        return build(HomePage.objects.get(pk=module_ground["home"]), ensure_locales())


@pytest.fixture
def locales(db):
    return ensure_locales()


@pytest.fixture
def home(locales, _module_ground, fresh_cache):
    """The Polish home page at the site root, with live English and Ukrainian translations.

    From the module's shared site when there is one. The caches are emptied first (`fresh_cache`),
    since a test before this one may have cached what its own changes (now undone) showed.
    """
    if _module_ground is None:
        return build_home(locales)
    Site.clear_site_root_paths_cache()
    return HomePage.objects.get(pk=_module_ground["home"])


@pytest.fixture
def homes(home, locales):
    """The home page of each language, by language code."""
    return {code: home.get_translation(locales[code]) for code in LANGUAGES}


@pytest.fixture
def zones(homes, locales):
    """A zone in each language, its needs diagnosed (tests/factories/ideas.py)."""
    return zone_with_needs(homes, locales)


@pytest.fixture
def idea(zones):
    """An idea for the Polish zone, proposed in Polish."""
    return IdeaFactory(zone=zones["pl"], title="Ławki", email="autorka@example.org")


@pytest.fixture
def organiser(client, django_user_model):
    """Communications staff, signed in to the admin on `client`."""
    user = django_user_model.objects.create_user("komunikacja", "k@example.org", "haslo-haslo-1")
    user.groups.add(ensure_communications_group())
    client.force_login(user)
    return user


@pytest.fixture
def search_hits_not_due(monkeypatch):
    """Searches counted afresh and none written for a minute (search/hits.py hands the counts
    to the worker once a minute): the test sees what a search costs by itself."""
    monkeypatch.setattr(hits, "_pending", Counter())
    monkeypatch.setattr(hits, "_handed_over_at", clock.now())


@pytest.fixture
def fresh_cache():
    """Empty caches: rate limits and pages cached by an earlier test do not reach this one."""
    for each in caches.all():
        each.clear()


@pytest.fixture
def agenda(home, locales, monkeypatch, fresh_cache, _module_ground):
    """The agenda in three languages, with the clock at noon on 1 May 2030 in Warsaw: registration
    tests book events of the following days. From the module's shared site when it has one."""
    fix_clock(monkeypatch, REGISTRATION_CLOCK)
    if _module_ground and _module_ground["agenda"]:
        return EventIndexPage.objects.get(pk=_module_ground["agenda"])
    return translated_agenda(home, locales)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def varnish_ports(live_server, tmp_path):
    """A fresh Varnish for each test, so no test sees pages another one cached: its public port
    and the purge port only the application knows."""
    public, purge = free_port(), free_port()
    process = varnish.start(
        public, purge, urllib.parse.urlsplit(live_server.url).port, tmp_path / "varnish", memory="64m"
    )
    yield public, purge
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture
def front(varnish_ports, home, settings):
    """The site as visitors reach it through Varnish (tests/test_front_cache.py, test_rate_limits.py),
    with publishing purging Varnish."""
    public, purge = varnish_ports
    Site.objects.filter(pk=Site.objects.get().pk).update(hostname="127.0.0.1", port=public)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{purge}",
        }
    }
    return f"http://127.0.0.1:{public}"


# Property-based tests (tests/test_editor_text_*.py): a few dozen examples each keep the suite's time
# bounded; an example builds pages, so no deadline; on CI the same examples every run, none remembered.
ON_CI = bool(os.environ.get("CI"))
hypothesis.settings.register_profile(
    "sas",
    max_examples=20,
    deadline=None,
    derandomize=ON_CI,
    suppress_health_check=[hypothesis.HealthCheck.function_scoped_fixture, hypothesis.HealthCheck.too_slow],
    print_blob=True,
    **({"database": None} if ON_CI else {}),
)
hypothesis.settings.load_profile("sas")
