"""« À la une » on news, and listings that date items without the epoch."""

from DateTime import DateTime
from datetime import date
from datetime import timedelta
import pytest
import transaction


NEWS = "actualites/news"


def hot_news(session, today):
    """The home's query of hot news (HomePage.jsx), as a worker sends it."""
    response = session.get(
        "@search",
        params={
            "portal_type": "News Item",
            "fmm_featured_until.query": f"{today.isoformat()}T00:00:00Z",
            "fmm_featured_until.range": "min",
        },
    )
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


def news_summary(session):
    response = session.get(
        "@search",
        params={"portal_type": "News Item", "metadata_fields": ["effective", "created"]},
    )
    assert response.status_code == 200, response.text
    [item] = response.json()["items"]
    return item


@pytest.mark.parametrize(
    "days, hot",
    [(None, False), (-1, False), (0, True), (1, True), (30, True)],
)
def test_news_is_hot_until_its_day_included(world_portal, as_user, days, hot):
    today = date.today()
    editor = as_user("site_admin")
    featured_until = None if days is None else (today + timedelta(days=days)).isoformat()
    response = editor.patch(NEWS, json={"featured_until": featured_until})
    assert response.status_code == 204, response.text
    assert editor.get(NEWS).json()["featured_until"] == featured_until

    shown = hot_news(as_user("nurse_igl"), today)
    assert shown == (["Journée des maisons médicales"] if hot else [])


def test_featured_expires_by_itself(world_portal, as_user):
    news = world_portal.unrestrictedTraverse(NEWS)
    news.featured_until = date.today()
    news.reindexObject()
    transaction.commit()
    nurse = as_user("nurse_igl")
    assert hot_news(nurse, date.today()) == ["Journée des maisons médicales"]
    # tomorrow, without anyone touching it
    assert hot_news(nurse, date.today() + timedelta(days=1)) == []


def test_featured_until_must_be_a_date(as_user):
    response = as_user("site_admin").patch(NEWS, json={"featured_until": "bientôt"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "featured_until"


def test_listing_dates_unpublished_items_by_their_creation(world_portal, as_user):
    news = world_portal.unrestrictedTraverse(NEWS)
    assert news.EffectiveDate() == "None"
    item = news_summary(as_user("nurse_igl"))
    assert item["effective"] == item["created"]
    assert not item["effective"].startswith(("1969", "1970"))


def test_listing_dates_published_items_by_their_publication(world_portal, as_user):
    news = world_portal.unrestrictedTraverse(NEWS)
    news.setEffectiveDate(DateTime("2026-03-12T10:00:00+00:00"))
    news.reindexObject()
    transaction.commit()
    item = news_summary(as_user("nurse_igl"))
    assert item["effective"] == "2026-03-12T10:00:00+00:00"
    assert item["created"] != item["effective"]
