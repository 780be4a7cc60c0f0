"""The news page's filters (NewsPage.jsx): a group finds the news stored inside its space
and the news tagged with it; a date range; the announcements' type filter."""

from DateTime import DateTime
from plone import api
import pytest
import transaction


NURSES = "groupes-sectoriels/infirmiers"


def news_of(session, **params):
    """The news page's query, as a worker's browser sends it."""
    response = session.get(
        "@search", params={"portal_type": "News Item", "sort_on": "Date", "sort_order": "reverse", **params}
    )
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


@pytest.fixture
def nurses_news(world_portal):
    """A news item inside the nurses' group, one elsewhere tagged with it, one untagged."""
    portal = world_portal
    nurses = portal.unrestrictedTraverse(NURSES)
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=portal["actualites"],
            type="News Item",
            id="vaccination",
            title="Campagne de vaccination",
            concerned_groups=[nurses.UID()],
        )
        inside = api.content.create(
            container=nurses, type="News Item", id="infos", title="Nouvelles du groupe"
        )
        inside.setEffectiveDate(DateTime("2025/03/10 10:00 UTC"))
        inside.reindexObject()
        elsewhere = portal["actualites"]["news"]
        elsewhere.setEffectiveDate(DateTime("2024/06/01 10:00 UTC"))
        elsewhere.reindexObject()
    transaction.commit()
    return nurses


def test_the_group_filter_finds_news_inside_and_tagged(as_user, nurses_news):
    reader = as_user("gp_igb")  # not a nurse: news are open to every worker (SPEC rule 2)
    assert set(news_of(reader, fmm_groups=nurses_news.UID())) == {
        "Campagne de vaccination",
        "Nouvelles du groupe",
    }
    assert "Journée des maisons médicales" in news_of(reader)


def test_editors_tag_and_untag_news_over_rest(as_user, nurses_news):
    staff = as_user("fede_staff")
    url = "actualites/vaccination"
    assert [g["token"] for g in staff.get(url).json()["concerned_groups"]] == [nurses_news.UID()]
    assert staff.patch(url, json={"concerned_groups": []}).status_code == 204
    assert news_of(as_user("gp_igb"), fmm_groups=nurses_news.UID()) == ["Nouvelles du groupe"]
    assert staff.patch("actualites/news", json={"concerned_groups": [nurses_news.UID()]}).status_code == 204
    assert set(news_of(as_user("gp_igb"), fmm_groups=nurses_news.UID())) == {
        "Nouvelles du groupe",
        "Journée des maisons médicales",
    }


def test_the_date_range(as_user, nurses_news):
    reader = as_user("gp_igb")
    in_2025 = {"Date.query": ["2025-01-01", "2025-12-31T23:59:59"], "Date.range": "min:max"}
    assert news_of(reader, **in_2025) == ["Nouvelles du groupe"]
    since = {"Date.query": "2025-01-01", "Date.range": "min"}
    assert set(news_of(reader, **since)) == {"Campagne de vaccination", "Nouvelles du groupe"}
    bad = reader.get(
        "@search", params={"portal_type": "News Item", "Date.query": "31/02/2025", "Date.range": "min"}
    )
    assert bad.status_code == 400 and bad.json()["message"]


@pytest.mark.solr
def test_words_and_group_together_through_solr(solr, as_user, nurses_news):
    reader = as_user("gp_igb")
    found = news_of(reader, SearchableText="vaccination", fmm_groups=nurses_news.UID())
    assert found == ["Campagne de vaccination"]
    assert news_of(reader, SearchableText="vaccination", fmm_groups="not-a-group") == []


def test_the_announcements_type_filter(world_portal, as_user):
    manager = as_user("mm_manager")
    posted = manager.post(
        "maisons-medicales/mm-marolles",
        json={
            "@type": "Announcement",
            "title": "Échographe à céder",
            "announcement_type": "equipment",
            "text": "x",
        },
    )
    assert posted.status_code == 201, posted.text
    reader = as_user("nurse_igl")

    def announcements(**params):
        response = reader.get("@search", params={"portal_type": "Announcement", **params})
        assert response.status_code == 200, response.text
        return {item["title"] for item in response.json()["items"]}

    assert announcements() == {"Offre d'emploi : accueillant·e", "Échographe à céder"}
    assert announcements(fmm_announcement_type="job_offer") == {"Offre d'emploi : accueillant·e"}
    assert announcements(fmm_announcement_type="equipment") == {"Échographe à céder"}
    refused = reader.get("@search", params={"portal_type": "Announcement", "fmm_announcement_type": "boat"})
    assert refused.status_code == 400
    assert refused.json()["errors"][0]["field"] == "fmm_announcement_type"
