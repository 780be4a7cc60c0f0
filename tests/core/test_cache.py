"""Answers kept while the catalog stays as committed (core/cache.py)."""

from fmm_extranet.core.cache import until_the_catalog_changes
from plone import api
import pytest
import transaction


computed = []


@until_the_catalog_changes
def news_titles(word):
    """A cached catalog answer, counting its computations."""
    computed.append(word)
    catalog = api.portal.get_tool("portal_catalog")
    return sorted(b.Title for b in catalog.unrestrictedSearchResults(portal_type="News Item"))


@pytest.fixture
def portal(functional):
    computed.clear()
    transaction.begin()
    return functional["portal"]


def add_news(portal, title):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(container=portal["actualites"], type="News Item", title=title)


def test_an_answer_is_kept_until_a_committed_change_to_the_catalog(portal):
    first = news_titles("a")
    assert news_titles("a") == first and computed == ["a"]
    news_titles("b")
    assert computed == ["a", "b"]  # per arguments
    add_news(portal, "Zèbre")
    transaction.commit()
    assert "Zèbre" in news_titles("a")
    assert computed == ["a", "b", "a"]
    news_titles("a")
    assert computed == ["a", "b", "a"]


def test_a_transaction_changing_the_catalog_sees_its_own_answers_and_leaves_none(portal):
    before = news_titles("a")
    add_news(portal, "Yack")
    assert "Yack" in news_titles("a") and "Yack" in news_titles("a")
    assert computed == ["a", "a", "a"]  # never kept while uncommitted
    transaction.abort()
    assert news_titles("a") == before
    assert computed == ["a", "a", "a"]  # the committed answer, kept from before
