"""What Solr is sent repeats, so that its caches answer: the published-dates filter stays
the same for a minute, and a page's query serves the next pages."""

from DateTime import DateTime
from datetime import datetime
from datetime import timedelta
from datetime import UTC
from fmm_extranet.search.direct import published_clause
from plone import api
from tests.search.test_search_solr import search
from tests.search.test_search_solr import THEMATIC
from tests.search.test_search_solr import upload_pdf
import pytest
import re
import requests
import time
import transaction


def cache_stats(solr_server, cache):
    """Lookups, hits and inserts of one of the core's searcher caches."""
    metrics = requests.get(
        f"http://127.0.0.1:{solr_server.port}/solr/admin/metrics",
        params={"group": "core", "prefix": f"CACHE.searcher.{cache}", "wt": "json"},
        timeout=10,
    ).json()["metrics"]
    return metrics["solr.core.plone"][f"CACHE.searcher.{cache}"]


def cache_change(session, solr_server, cache, endpoint, first, then):
    """The cache's stats before and after the request ``then``, sent after the requests
    ``first``, all within one minute (a step of the published range's "now")."""
    for _attempt in range(3):
        minute = time.time() // 60
        for params in first:
            assert session.get(endpoint, params=params).status_code == 200
        before = cache_stats(solr_server, cache)
        assert session.get(endpoint, params=then).status_code == 200
        after = cache_stats(solr_server, cache)
        if time.time() // 60 == minute:
            return before, after
    raise AssertionError("three series of requests each crossed a minute")


def repeated_request(session, solr_server, cache, endpoint, params):
    """The cache's stats before and after the third of three same requests. Solr keeps a
    query's own documents in the filter cache when it sees it a second time: the third
    finds all."""
    return cache_change(session, solr_server, cache, endpoint, [params, params], params)


@pytest.mark.solr
def test_a_repeated_search_is_filtered_from_solrs_cache(as_user, solr):
    """Every filter of @search (types, security, published range, path) is found in
    Solr's filter cache: none is computed anew over the index."""
    before, after = repeated_request(
        as_user("gp_igb"), solr, "filterCache", "@search", {"SearchableText": "santé"}
    )
    assert after["inserts"] == before["inserts"]
    assert after["hits"] - before["hits"] >= 4


@pytest.mark.solr
def test_the_next_documents_page_is_answered_from_solrs_cache(as_user, world_portal, solr):
    """Solr keeps a window of documents beyond the page asked (queryResultWindowSize):
    the Documents tab's next page is read from its result cache, the index not searched."""
    thematic = world_portal.unrestrictedTraverse(THEMATIC)
    with api.env.adopt_roles(["Manager"]):
        for number in range(60):  # more than two pages
            api.content.create(
                container=thematic, type="Document", id=f"page-{number}", title=f"Page {number}"
            )
    transaction.commit()
    before, after = cache_change(
        as_user("gp_igb"),
        solr,
        "queryResultCache",
        "@documents",
        [{"b_size": 25}],
        {"b_size": 25, "b_start": 25},
    )
    assert after["hits"] == before["hits"] + 1
    assert after["inserts"] == before["inserts"]


@pytest.mark.solr
def test_a_repeated_documents_page_is_answered_from_solrs_cache(as_user, solr):
    """The Documents tab's query (security and published range in it) is the same
    within the minute: Solr's result cache answers it."""
    before, after = repeated_request(
        as_user("gp_igb"), solr, "queryResultCache", "@documents", {"SearchableText": "santé"}
    )
    assert after["hits"] > before["hits"]
    assert after["inserts"] == before["inserts"]


def test_the_published_clause_holds_now_within_its_minute():
    """Effective before the minute's end, expiring after its start: what was published
    this second is found at once."""
    before = time.time()
    clause = published_clause()
    after = time.time()
    assert re.fullmatch(r"\+effective:\[\* TO \S+\] \+expires:\[\S+ TO \*\]", clause), clause
    effective_until, expires_from = (
        DateTime(value).timeTime() for value in re.findall(r"\d{4}-\S+Z", clause)
    )
    assert expires_from <= before and after <= effective_until == expires_from + 60


@pytest.mark.solr
def test_published_now_is_found_and_expired_a_day_ago_is_not(as_user, solr):
    staff, now = as_user("fede_staff"), datetime.now(UTC)
    upload_pdf(
        staff, THEMATIC, "Juste publié", "Le mot ornithorynque.", effective=now.isoformat(timespec="seconds")
    )
    upload_pdf(
        staff,
        THEMATIC,
        "Expiré",
        "Le mot ornithorynque.",
        expires=(now - timedelta(days=1)).isoformat(timespec="seconds"),
    )
    found = search(as_user("gp_igb"), SearchableText="ornithorynque")
    assert [item["title"] for item in found["items"]] == ["Juste publié"]
