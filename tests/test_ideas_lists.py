"""Published ideas on the zone page (the latest few), on the zone's list with filters and counts,
and on their own page with the status history; a selected idea is linked from the zone's local
action. In pl, en and uk, with the same number of queries however many ideas there are."""

import pytest
from bs4 import BeautifulSoup

from ideas.models import IdeaStatus, IdeaStatusChange
from tests.addresses import url_in
from tests.factories.forum import EventIndexPageFactory
from tests.factories.ideas import IdeaFactory, supported, with_history, zone_with_needs
from tests.factories.zones import ZonePageFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def zones(homes, locales):
    zones = zone_with_needs(homes, locales)
    for code in ("en", "uk"):
        for finding in zones[code].needs_findings.all():
            finding.label = {"en": "Places to meet", "uk": "Місця для зустрічей"}[code] + f" {finding.pk}"
            finding.save()
    return zones


@pytest.mark.parametrize(
    ("code", "heading", "propose"),
    [
        ("pl", "Pomysły mieszkańców", "Zaproponuj pomysł"),
        ("en", "Residents' ideas", "Propose an idea"),
        ("uk", "Ідеї мешканців", "Запропонуйте ідею"),
    ],
)
def test_the_zone_page_shows_its_latest_published_ideas(client, zones, code, heading, propose):
    zone = zones["pl"]
    for number in range(4):
        IdeaFactory(zone=zone, title=f"Pomysł opublikowany {number}")
    IdeaFactory(zone=zone, title="Czeka na moderację", status=IdeaStatus.PENDING, published_at=None)
    text = client.get(zones[code].url).content.decode()
    assert heading in text
    assert "Pomysł opublikowany 3" in text and "Pomysł opublikowany 1" in text
    assert "Pomysł opublikowany 0" not in text  # the latest three only
    assert "Czeka na moderację" not in text
    assert f'href="{url_in(code, "ideas_propose", zones[code].pk)}">{propose}</a>' in text


def test_the_list_filters_by_status_and_need_and_counts_each(client, zones):
    zone = zones["pl"]
    need = zone.needs_findings.first()
    IdeaFactory(zone=zone, title="Ławki", need=need)
    IdeaFactory(zone=zone, title="Kino", status=IdeaStatus.DISCUSSED)
    IdeaFactory(zone=zone, title="Parking", status=IdeaStatus.REJECTED, published_at=None)
    url = f"/en/ideas/zone/{zones['en'].pk}/"

    text = client.get(url).content.decode()
    assert "Ławki" in text and "Kino" in text and "Parking" not in text
    assert (
        ">New (1)</option>" in text and ">Discussed (1)</option>" in text and ">Selected (0)</option>" in text
    )
    en_need = zones["en"].needs_findings.get(translation_key=need.translation_key)
    assert f">{en_need.label} (1)</option>" in text  # the need as named on the English page

    discussed = client.get(url, {"status": "discussed"}).content.decode()
    assert "Kino" in discussed and "Ławki" not in discussed
    by_need = client.get(url, {"need": en_need.pk}).content.decode()
    assert "Ławki" in by_need and "Kino" not in by_need
    assert f"Answers the need: <span>{en_need.label}</span>" in by_need
    unknown = client.get(url, {"status": "rejected", "need": "99999999999999999999999"})
    assert unknown.status_code == 200
    assert "Ławki" in unknown.content.decode()  # an unknown filter is no filter


@pytest.mark.parametrize(
    ("code", "supports"),
    [("pl", "2 osoby popierają"), ("en", "2 residents support"), ("uk", "2 мешканці підтримують")],
)
def test_an_idea_page_shows_its_history_and_support_count_but_no_address(client, zones, code, supports):
    idea = with_history(IdeaFactory(zone=zones["pl"], email="ania@example.org", public_name="Ania z Bałut"))
    idea.status = IdeaStatus.DISCUSSED
    idea.save()
    IdeaStatusChange.objects.create(idea=idea, status=IdeaStatus.DISCUSSED, note="Omówione na spotkaniu.")
    followers = supported(idea, 2)
    text = client.get(url_in(code, "ideas_idea", idea.pk)).content.decode()
    assert supports in text
    assert "Ania z Bałut" in text
    assert "Omówione na spotkaniu." in text
    assert "ania@example.org" not in text
    assert all(support.email not in text for support in followers)


def test_an_idea_in_another_language_than_the_page_says_its_language(client, zones):
    need = zones["pl"].needs_findings.first()
    untranslated = zones["en"].needs_findings.get(translation_key=need.translation_key)
    untranslated.delete()
    polish = IdeaFactory(zone=zones["pl"], title="Ławki", description="Ławki przed biblioteką.", need=need)
    english = IdeaFactory(zone=zones["pl"], title="Benches", description="Benches outside.", language="en")

    listed = BeautifulSoup(client.get(f"/en/ideas/zone/{zones['en'].pk}/").content, "html.parser")
    assert listed.find("a", string="Ławki")["lang"] == "pl"
    assert listed.find(string="Ławki przed biblioteką.").parent["lang"] == "pl"
    assert listed.find(string=need.label).parent["lang"] == "pl"  # the need not yet translated
    assert not listed.find("a", string="Benches").has_attr("lang")
    assert not listed.find(string="Benches outside.").parent.has_attr("lang")

    page = BeautifulSoup(client.get(f"/en/ideas/{polish.pk}/").content, "html.parser")
    assert page.h1["lang"] == "pl"
    assert page.find(string="Ławki przed biblioteką.").parent["lang"] == "pl"
    assert not BeautifulSoup(client.get(f"/en/ideas/{english.pk}/").content, "html.parser").h1.has_attr(
        "lang"
    )
    assert BeautifulSoup(client.get(f"/pl/pomysly/{english.pk}/").content, "html.parser").h1["lang"] == "en"


def test_the_home_page_marks_a_zone_named_in_another_language(client, zones, homes):
    widzew = ZonePageFactory(parent=zones["pl"].get_parent(), title="Strefa Widzew")
    IdeaFactory(zone=widzew, title="Świetlica")
    IdeaFactory(zone=zones["pl"], title="Ławki")

    page = BeautifulSoup(client.get(homes["en"].url).content, "html.parser")
    assert page.find("a", string="Strefa Widzew")["lang"] == "pl"  # not yet translated
    assert not page.find("a", string=zones["en"].title).has_attr("lang")


def test_an_idea_proposed_without_a_name_shows_none(client, zones):
    idea = IdeaFactory(zone=zones["pl"], public_name="")
    assert "proposed by a resident" in client.get(f"/en/ideas/{idea.pk}/").content.decode()


def test_a_selected_idea_links_the_local_action_and_the_action_links_it(client, zones, homes, locales):
    zone = zones["pl"]
    zone.action_title = "Ogród sąsiedzki"
    zone.save_revision().publish()
    EventIndexPageFactory(parent=homes["pl"])
    idea = IdeaFactory(zone=zone, title="Ogród na skwerze", status=IdeaStatus.SELECTED)
    zone_page = client.get(zone.url).content.decode()
    assert (
        f'Pomysł mieszkańców wybrany jako ta akcja: <a href="/pl/pomysly/{idea.pk}/">Ogród na skwerze</a>'
        in zone_page
    )

    text = client.get(f"/pl/pomysly/{idea.pk}/").content.decode()
    assert "Ten pomysł jest lokalną akcją strefy." in text
    assert f'href="{zone.url}#action"' in text
    assert f"?zone={zone.slug}" in text
    zones["en"].action_title = "Neighbours' garden"
    zones["en"].save_revision().publish()
    english = client.get(zones["en"].url).content.decode()
    assert f'<a href="/en/ideas/{idea.pk}/" lang="pl">Ogród na skwerze</a>' in english


def test_an_unpublished_idea_or_one_of_an_unpublished_zone_is_not_found(client, zones):
    pending = IdeaFactory(zone=zones["pl"], status=IdeaStatus.PENDING, published_at=None)
    assert client.get(f"/pl/pomysly/{pending.pk}/").status_code == 404
    assert client.get("/pl/pomysly/99999999999999999999999/").status_code == 404
    idea = IdeaFactory(zone=zones["pl"])
    zones["pl"].unpublish()
    assert client.get(f"/pl/pomysly/{idea.pk}/").status_code == 404


def build(zones, count):
    zone = zones["pl"]
    need = zone.needs_findings.first()
    ideas = [IdeaFactory(zone=zone, need=need if number % 2 else None) for number in range(count)]
    for idea in ideas:
        with_history(idea)
        supported(idea, 2)
    return {
        "zone page": zones["en"].url,
        "ideas list": f"/en/ideas/zone/{zones['en'].pk}/",
        "ideas list filtered": f"/en/ideas/zone/{zones['en'].pk}/?status=new",
        "idea page": f"/en/ideas/{ideas[0].pk}/",
        "feed": f"/en/ideas/zone/{zones['en'].pk}/feed/rss/",
    }


@pytest.mark.parametrize("page", ["zone page", "ideas list", "ideas list filtered", "idea page", "feed"])
def test_query_count_does_not_grow_with_ideas(client, zones, django_assert_max_num_queries, page):
    small = queries_for(client, build(zones, 2)[page])
    large_url = build(zones, 20)[page]
    assert queries_for(client, large_url) == small
    with django_assert_max_num_queries(small):
        client.get(large_url)
