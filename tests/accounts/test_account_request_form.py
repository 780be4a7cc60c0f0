"""@account-request-form: anonymous visitors get only what the request form needs (SPEC rule 1),
and "my medical house is not in the list" reaches the reviewers."""

from fmm_extranet.accounts.workers import read_account_record
from plone import api
import pytest
import transaction


WORKERS = "travailleurs"


@pytest.fixture
def confidential_world(world_portal):
    """The world, with a confidential working group, a medical house's phone and email, the sender."""
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=world_portal["groupes-de-travail"],
            type="WorkingGroup",
            id="gt-confidentiel",
            title="GT Confidentiel",
            confidential=True,
        )
        house = world_portal["maisons-medicales"]["mm-laveu"]
        house.phone = "+32 4 123 45 67"
        house.email = "accueil@laveu.example"
        house.reindexObject()
    api.portal.set_registry_record("fmm_extranet.sender_address", "extranet@fmm.be")
    api.portal.set_registry_record("fmm_extranet.sender_name", "Extranet FMM")
    transaction.commit()
    return world_portal


def test_anonymous_get_exactly_what_the_form_needs(as_user, confidential_world):
    portal = confidential_world
    response = as_user().get("@account-request-form")
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"workplaces", "functions", "complements", "sender_address"}
    assert {frozenset(item) for item in body["workplaces"]} == {frozenset({"token", "title", "municipality"})}
    assert {frozenset(item) for key in ("functions", "complements") for item in body[key]} == {
        frozenset({"token", "title"})
    }
    houses = portal["maisons-medicales"]
    assert body["workplaces"] == [
        {"token": "federation", "title": "Fédération des maisons médicales", "municipality": None},
        {
            "token": houses["mm-marolles"].UID(),
            "title": "Maison médicale des Marolles (201)",
            "municipality": "Bruxelles",
        },
        {
            "token": houses["mm-laveu"].UID(),
            "title": "Maison médicale du Laveu (101)",
            "municipality": "Liège",
        },
    ]
    assert {"token": "infirmier", "title": "infirmier·ère"} in body["functions"]
    assert body["complements"][0] == {"token": "maitre_de_stage", "title": "maître de stage"}
    assert body["sender_address"] == "extranet@fmm.be"


def test_nothing_else_leaks(as_user, confidential_world):
    portal = confidential_world
    text = as_user().get("@account-request-form").text
    confidential = portal["groupes-de-travail"]["gt-confidentiel"]
    for secret in (
        confidential.UID(),
        "GT Confidentiel",
        "accueil@laveu.example",
        "+32 4 123 45 67",
        "Rue du Laveu",
        "4000",
        "example.org",  # the people's emails
        "+32 470",  # their GSM
        "Infirmier·ère·s de Bruxelles",  # spaces
    ):
        assert secret not in text, secret
    assert "@" not in text.replace("extranet@fmm.be", "")


def test_same_answer_for_everyone_and_no_write(as_user, world_portal):
    anonymous = as_user().get("@account-request-form").json()
    assert as_user("nurse_igl").get("@account-request-form").json() == anonymous
    assert as_user().post("@account-request-form", json={}).status_code in (404, 405)


# "My medical house is not in the list"


def request_body(**changes):
    return {
        "first_name": "Camille",
        "last_name": "Durand",
        "email": "camille.durand@example.net",
        "workplace": "",
        "workplace_remark": "Maison médicale Nouvelle, Arlon",
        "functions": ["infirmier"],
        "consent": True,
        **changes,
    }


def test_a_house_not_in_the_list_is_written_and_shown_to_the_staff(as_user, world_portal, smtp_inbox):
    response = as_user().post("@account-requests", json=request_body())
    assert response.status_code == 201, response.text
    world_portal._p_jar.sync()
    (worker,) = [w for w in world_portal[WORKERS].objectValues() if w.email == "camille.durand@example.net"]
    (job,) = worker.jobs()
    assert job.workplace is None
    assert read_account_record(worker)["workplace_remark"] == "Maison médicale Nouvelle, Arlon"
    items = {i["id"]: i for i in as_user("fede_staff").get("@account-requests").json()["items"]}
    assert items[worker.getId()]["workplace_remark"] == "Maison médicale Nouvelle, Arlon"
    assert items[worker.getId()]["jobs"][0]["workplace_title"] == ""
    assert items["pending_worker"]["workplace_remark"] is None


BAD = [
    ({"workplace_remark": ""}, "workplace"),
    ({"workplace_remark": "   "}, "workplace"),
    ({"workplace_remark": "M" * 201}, "workplace_remark"),
    ({"workplace_remark": "<b>MM</b>"}, "workplace_remark"),
    ({"workplace_remark": "MM\nArlon"}, "workplace_remark"),
]


@pytest.mark.parametrize("changes,field", BAD, ids=[f"{f}-{i}" for i, (_c, f) in enumerate(BAD)])
def test_a_bad_remark_is_refused_in_french_and_creates_nothing(as_user, world_portal, changes, field):
    before = set(world_portal[WORKERS].objectIds())
    response = as_user().post("@account-requests", json=request_body(**changes))
    assert response.status_code == 400, response.text
    errors = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert field in errors
    assert errors[field].startswith(("Choisissez", "Le nom de votre maison"))
    world_portal._p_jar.sync()
    assert set(world_portal[WORKERS].objectIds()) == before
