"""The site search's page asked of Solr in JSON: plone.restapi's summaries, no XML path."""

from fmm_extranet.search.facets import highlighting
from fmm_extranet.search.solr_page import listing_effective
from tests.search.test_search_solr import search
from tests.search.test_search_solr import THEMATIC
from tests.search.test_search_solr import upload_pdf
from types import SimpleNamespace
import fmm_extranet.search.dispatcher
import pytest


pytestmark = pytest.mark.solr

FIELDS = ["effective", "created", "modified", "UID", "getObjSize", "mime_type", "getPath", "Subject"]
#: What @search adds to each found item (search/services/search.py).
ADDED = {"snippet", "author", "own_group", "Creator"}


def test_summaries_from_solr_are_those_of_the_catalog(as_user, solr, monkeypatch):
    staff = as_user("fede_staff")
    upload_pdf(staff, THEMATIC, "Bilan", "La santé communautaire.", description="Bilan annuel")
    reader = as_user("gp_igb")

    def refused(*args, **kwargs):
        raise AssertionError("collective.solr's XML search was used")

    monkeypatch.setattr(fmm_extranet.search.dispatcher, "solrSearchResults", refused)
    found = search(reader, SearchableText="santé", metadata_fields=FIELDS, b_size=50)
    monkeypatch.undo()
    assert found["items_total"] >= 3 and len({i["@type"] for i in found["items"]}) >= 2
    assert any(i["title"] == "Bilan" for i in found["items"])
    for item in found["items"]:
        # the same item as plone.restapi summarises it from the catalog's brain
        (expected,) = search(reader, UID=item["UID"], metadata_fields=FIELDS)["items"]
        assert {k: v for k, v in item.items() if k not in ADDED} == expected


def test_pages_of_solr_keep_positions_and_totals(as_user, solr):
    staff = as_user("fede_staff")
    for number in range(5):
        upload_pdf(staff, THEMATIC, f"Okapi {number}", "Le mot okapi est ici.")
    reader = as_user("gp_igb")
    pages = [
        search(reader, SearchableText="okapi", sort_on="sortable_title", b_size=2, b_start=start)
        for start in (0, 2, 4)
    ]
    assert [[i["title"] for i in page["items"]] for page in pages] == [
        ["Okapi 0", "Okapi 1"],
        ["Okapi 2", "Okapi 3"],
        ["Okapi 4"],
    ]
    assert {page["items_total"] for page in pages} == {5}
    assert "b_start=4" in pages[1]["batching"]["next"]


@pytest.mark.parametrize(
    "effective, shown",
    [
        ("2026-03-04T09:30:00.250Z", "2026-03-04T09:30:00+00:00"),
        ("1969-12-31T23:00:00Z", "2025-11-02T08:00:00+00:00"),  # never published: created
        (None, "2025-11-02T08:00:00+00:00"),
    ],
)
def test_a_solr_document_is_dated_as_listings_date_it(effective, shown):
    document = {"created": "2025-11-02T08:00:00Z", **({"effective": effective} if effective else {})}
    assert listing_effective(document) == shown


def test_a_snippet_marks_the_words_typed_in_passages_cut_around_them(as_user, solr):
    filler = ["Le comité se réunit chaque mois pour parler du quartier."] * 40
    upload_pdf(as_user("fede_staff"), THEMATIC, "Rapport", *filler, "Les infirmières du capybara.", *filler)
    (item,) = search(as_user("gp_igb"), SearchableText="infirmière capybara")["items"]
    assert "<mark>infirmières</mark>" in item["snippet"].lower()  # the stem typed marks the plural
    assert "<mark>capybara</mark>" in item["snippet"]
    assert len(item["snippet"]) < 3 * 2 * 160  # passages around the words, not the text


def test_the_words_typed_are_highlighted_as_terms_whatever_they_hold():
    config = SimpleNamespace(
        highlight_fields=["SearchableText"],
        highlight_formatter_pre="<mark>",
        highlight_formatter_post="</mark>",
        highlight_fragsize=160,
    )
    params = highlighting('le "soin*" \\ AND santé:', config)
    assert params["hl.q"] == 'SearchableText:("le" OR "soin*" OR "AND" OR "santé:")'
    assert params["hl.tag.pre"] == "<mark>" and params["hl.fragsize"] == 160
    assert highlighting(' " \\ ', config) == {}
