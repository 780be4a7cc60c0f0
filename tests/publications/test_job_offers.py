"""Public job offers: a manager ticks "publish on the website"; the anonymous feed
(JSON and RSS) shows the offer with only its public fields until unticked, expired,
or its house has left; the job-offer fields are validated."""

from datetime import date
from datetime import timedelta
from fmm_extranet.publications.job_offers import FEED_KEYS
from fmm_extranet.testing import login_of
from xml.etree import ElementTree
import json
import pytest
import transaction


HOUSE = "maisons-medicales/mm-marolles"  # managed by mm_manager
OTHER_HOUSE = "maisons-medicales/mm-laveu"
OFFER = f"{HOUSE}/offre"
IN_A_MONTH = (date.today() + timedelta(days=30)).isoformat()

JOB_FIELDS = {
    "job_functions": ["accueillant"],
    "contract": "cdi",
    "working_hours": "19 h par semaine",
    "job_start": "2027-01-04",
    "how_to_apply": "Lettre de motivation et CV à l'accueil.",
}


def feed(session, **params):
    response = session.get("@job-offers", params=params)
    assert response.status_code == 200, response.text
    return response


def titles(session):
    return [item["title"] for item in feed(session).json()["items"]]


@pytest.fixture
def published(as_user):
    """The world's job offer, ticked by its house's manager with an end in a month."""
    manager = as_user("mm_manager")
    response = manager.patch(
        OFFER, json={**JOB_FIELDS, "publish_on_website": True, "publication_end": IN_A_MONTH}
    )
    assert response.status_code == 204, response.text
    return manager


def test_a_ticked_offer_is_public_with_only_its_public_fields(as_user, published):
    anonymous = as_user()
    response = feed(anonymous)
    assert response.headers["Cache-Control"].startswith("public")
    body = response.json()
    assert body["items_total"] == 1
    [offer] = body["items"]
    assert set(offer) == set(FEED_KEYS)
    assert offer["title"] == "Offre d'emploi : accueillant·e"
    assert offer["functions"] == [{"token": "accueillant", "title": offer["functions"][0]["title"]}]
    assert offer["functions"][0]["title"] != "accueillant"  # its label
    assert offer["contract"]["token"] == "cdi" and "CDI" in offer["contract"]["title"]
    assert offer["working_hours"] == "19 h par semaine"
    assert offer["job_start"] == "2027-01-04"
    assert offer["publication_end"] == IN_A_MONTH
    assert offer["how_to_apply"] == JOB_FIELDS["how_to_apply"]
    assert "CDI mi-temps" in offer["text"]
    assert offer["house"] == {"name": "Maison médicale des Marolles (201)", "municipality": "Bruxelles"}
    assert offer["published"][:4].isdigit()
    assert offer["link"] is None  # the house has no website
    # No personal data: neither the author's id nor their login (an email address).
    assert "mm_manager" not in response.text and login_of("mm_manager") not in response.text
    assert "@" not in json.dumps(body["items"])


def test_unticking_expiry_and_the_house_leaving_remove_it(as_user, world_portal, published):
    anonymous = as_user()
    assert titles(anonymous) == ["Offre d'emploi : accueillant·e"]
    assert published.patch(OFFER, json={"publish_on_website": False}).status_code == 204
    assert titles(anonymous) == []
    assert published.patch(OFFER, json={"publish_on_website": True}).status_code == 204
    assert titles(anonymous) == ["Offre d'emploi : accueillant·e"]

    transaction.begin()  # see what the requests changed
    offer = world_portal.unrestrictedTraverse(OFFER)
    offer.publication_end = date.today() - timedelta(days=1)  # ended yesterday (REST refuses a past day)
    offer.reindexObject()
    transaction.commit()
    assert titles(anonymous) == []
    transaction.begin()
    offer.publication_end = date.today()  # public until the end of its last day
    offer.reindexObject()
    transaction.commit()
    assert titles(anonymous) == ["Offre d'emploi : accueillant·e"]

    published.patch(HOUSE, json={"left_on": date.today().isoformat()})  # only the staff say it
    assert titles(anonymous) == ["Offre d'emploi : accueillant·e"]
    staff = as_user("fede_staff")
    assert staff.patch(HOUSE, json={"left_on": date.today().isoformat()}).status_code == 204
    assert titles(anonymous) == []
    assert staff.patch(HOUSE, json={"left_on": None}).status_code == 204
    assert titles(anonymous) == ["Offre d'emploi : accueillant·e"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"publish_on_website": True}, None),  # no end of publication
        ({"publication_end": "2020-01-01", "publish_on_website": True}, "publication_end"),
        ({"announcement_type": "equipment", "publish_on_website": True, "publication_end": IN_A_MONTH}, None),
        ({"contract": "forever"}, "contract"),
        ({"job_functions": ["astronaut"]}, "job_functions"),
    ],
)
def test_bad_job_offers_are_refused_and_nothing_changes(as_user, change, field):
    manager = as_user("mm_manager")
    response = manager.patch(OFFER, json=change)
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["type"] == "BadRequest" and body["message"]
    assert field in [error["field"] for error in body["errors"]]
    assert all(error["message"] for error in body["errors"])
    offer = manager.get(OFFER).json()
    assert offer["publish_on_website"] is False and offer["announcement_type"]["token"] == "job_offer"
    assert titles(as_user()) == []


def test_the_rss_channel(as_user, published):
    anonymous = as_user()
    for path, params in (("@job-offers/rss", {}), ("@job-offers", {"format": "rss"})):
        response = anonymous.get(path, params=params)
        assert response.status_code == 200, response.text
        assert response.headers["Content-Type"].startswith("application/rss+xml")
        channel = ElementTree.fromstring(response.content).find("channel")
        [item] = channel.findall("item")
        assert item.findtext("title") == "Offre d'emploi : accueillant·e"
        assert "Bruxelles" in item.findtext("description")
        assert item.findtext("pubDate")
    refused = anonymous.get("@job-offers", params={"format": "pdf"})
    assert refused.status_code == 400 and refused.json()["errors"][0]["field"] == "format"
    assert anonymous.get("@job-offers/atom").status_code == 404


def test_batching(as_user, published):
    second = published.post(
        HOUSE,
        json={
            "@type": "Announcement",
            "title": "Offre d'emploi : médecin",
            "announcement_type": "job_offer",
            "text": "<p>Temps plein</p>",
            "publish_on_website": True,
            "publication_end": IN_A_MONTH,
        },
    )
    assert second.status_code == 201, second.text
    body = feed(as_user(), b_size=1).json()
    assert body["items_total"] == 2 and len(body["items"]) == 1 and body["batching"]["next"]
    assert as_user().get("@job-offers", params={"b_size": 0}).status_code == 400


def test_anonymous_reads_nothing_else(as_user, published):
    anonymous = as_user()
    for path in (OFFER, HOUSE, "@search", "@types/Announcement", "@vocabularies/fmm_extranet.JobContracts"):
        response = anonymous.get(path)
        assert response.status_code == 401 or not response.json().get("items"), path


def test_only_a_house_s_managers_publish_and_edit_its_page(as_user):
    announcement = {
        "@type": "Announcement",
        "title": "Offre d'emploi : infirmier·ère",
        "announcement_type": "job_offer",
        "text": "<p>Mi-temps</p>",
    }
    manager = as_user("mm_manager")
    assert manager.post(OTHER_HOUSE, json=announcement).status_code in (401, 403)
    assert manager.patch(OTHER_HOUSE, json={"phone": "02 000 00 00"}).status_code in (401, 403)
    colleague = as_user("gp_igb")  # works at the manager's house, without managing it
    assert colleague.post(HOUSE, json=announcement).status_code in (401, 403)
    assert colleague.patch(HOUSE, json={"phone": "02 000 00 00"}).status_code in (401, 403)
    assert manager.post(HOUSE, json=announcement).status_code == 201
    assert manager.patch(HOUSE, json={"phone": "02 111 11 11"}).status_code == 204
    assert as_user("gp_igb").get(HOUSE).json()["phone"] == "02 111 11 11"
