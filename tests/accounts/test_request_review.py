"""Reviewing account requests: scope, filters, order, the reviewers' mails on arrival
and the one reminder of an overdue request (REST as real users, real email)."""

from datetime import timedelta
from fmm_extranet.accounts.reminders import remind_overdue_requests
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.testing import login_of
from pathlib import Path
from plone import api
from tests.accounts.test_requests import coordinate_intergroup
from tests.accounts.test_requests import house_uid
from tests.accounts.test_requests import only_recipient
from tests.accounts.test_requests import submit
import pytest
import runpy
import sys
import transaction


REMINDER_SCRIPT = Path(__file__).parents[2] / "backend" / "scripts" / "remind_overdue_requests.py"


@pytest.fixture(autouse=True)
def mail_server(smtp_inbox):
    """Every new request mails its reviewers: the SMTP server must answer."""
    return smtp_inbox


def ids(response):
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def age(portal, worker, hours):
    """Make a request ``hours`` old."""
    account_record(worker)["requested"] -= timedelta(hours=hours)
    transaction.commit()


def at_laveu(as_user, portal, email, **changes):
    """A request at the Laveu (intergroup IGL)."""
    return submit(as_user, portal, email=email, workplace=house_uid(portal, "mm-laveu"), **changes)


# Who sees and decides what


def test_a_coordinator_sees_and_decides_on_their_intergroup_only(as_user, world_portal, smtp_inbox):
    coordinate_intergroup(world_portal, "igl", "nurse_igl")
    marolles = submit(as_user, world_portal)  # IGB
    laveu = at_laveu(as_user, world_portal, "dominique@example.net")
    coordinator = as_user("nurse_igl")
    assert ids(coordinator.get("@account-requests")) == ["pending_worker", laveu.getId()]
    for action, body in (("approve", {}), ("reject", {"reason": "Inconnu·e"})):
        response = coordinator.post(f"@account-requests/{marolles.getId()}/{action}", json=body)
        assert response.status_code == 403, response.text
        assert response.json()["message"] == "Vous n'avez pas le droit de faire ceci."
    response = coordinator.post("@account-requests/nobody/approve", json={})
    assert response.status_code == 404
    world_portal._p_jar.sync()
    assert marolles.status == "pending"
    assert smtp_inbox.to(marolles.email) == []
    response = coordinator.post(f"@account-requests/{laveu.getId()}/approve", json={})
    assert response.status_code == 200, response.text
    assert ids(coordinator.get("@account-requests")) == ["pending_worker"]
    assert set(ids(as_user("fede_staff").get("@account-requests"))) == {"pending_worker", marolles.getId()}


@pytest.mark.parametrize(
    "who,reviewer",
    [
        ("fede_staff", True),
        ("site_admin", True),
        ("nurse_igl", True),
        ("gp_igb", False),
        ("mm_manager", False),
    ],
)
def test_the_user_menu_asks_who_reviews(as_user, world_portal, who, reviewer):
    coordinate_intergroup(world_portal, "igl", "nurse_igl")
    response = as_user(who).get("@account-requests/reviewer")
    assert response.status_code == 200, response.text
    assert response.json() == {"reviewer": reviewer}


def test_anonymous_and_pending_accounts_cannot_ask_who_reviews(as_user):
    for who in (None, "pending_worker"):
        assert as_user(who).get("@account-requests/reviewer").status_code in (401, 403)
    assert as_user("fede_staff").get("@account-requests/other").status_code == 404


# Order and filters


def test_overdue_requests_come_first_then_the_oldest(as_user, world_portal):
    first = at_laveu(as_user, world_portal, "premier@example.net")
    second = at_laveu(as_user, world_portal, "second@example.net")
    third = at_laveu(as_user, world_portal, "troisieme@example.net")
    age(world_portal, third, 72)
    age(world_portal, second, 50)
    items = as_user("fede_staff").get("@account-requests").json()["items"]
    ours = [i for i in items if i["id"] in {first.getId(), second.getId(), third.getId()}]
    assert [(i["id"], i["overdue"]) for i in ours] == [
        (third.getId(), True),
        (second.getId(), True),
        (first.getId(), False),
    ]
    overdue = [i["overdue"] for i in items]
    assert overdue == sorted(overdue, reverse=True)


def test_filters_by_intergroup_house_and_function(as_user, world_portal):
    marolles = submit(as_user, world_portal, functions=["medecin_generaliste"])
    laveu = at_laveu(as_user, world_portal, "dominique@example.net", functions=["psychologue"])
    staff = as_user("fede_staff")
    every = staff.get("@account-requests").json()
    assert every["items_total"] == 3
    assert {key: [c["token"] for c in choices] for key, choices in every["filters"].items()} == {
        "intergroup": ["igb", "igl"],
        "house": [house_uid(world_portal, "mm-marolles"), house_uid(world_portal, "mm-laveu")],
        "function": ["infirmier", "medecin_generaliste", "psychologue"],
    }
    assert every["filters"]["house"][0]["title"] == "Maison médicale des Marolles"
    assert ids(staff.get("@account-requests", params={"intergroup": "igb"})) == [marolles.getId()]
    by_intergroup = staff.get("@account-requests", params={"intergroup": "igl"})
    assert ids(by_intergroup) == ["pending_worker", laveu.getId()]
    by_house = staff.get("@account-requests", params={"house": house_uid(world_portal, "mm-laveu")})
    assert ids(by_house) == ["pending_worker", laveu.getId()]
    assert ids(staff.get("@account-requests", params={"function": "psychologue"})) == [laveu.getId()]
    both = {"intergroup": "igl", "function": "medecin_generaliste"}
    response = staff.get("@account-requests", params=both)
    assert ids(response) == []
    assert response.json()["filters"] == every["filters"]  # the choices stay


@pytest.mark.parametrize(
    "params,field",
    [
        ({"intergroup": "igx"}, "intergroup"),
        ({"house": "not-a-uid"}, "house"),
        ({"function": "astronaute"}, "function"),
        ({"intergroup": ["igb", "igl"]}, "intergroup"),
    ],
)
def test_unknown_filters_are_refused_in_french(as_user, params, field):
    response = as_user("fede_staff").get("@account-requests", params=params)
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["type"] == "BadRequest"
    assert body["message"] == "Certains champs ne sont pas valides."
    assert [e["field"] for e in body["errors"]] == [field]


def test_a_house_uid_of_something_else_is_no_house(as_user, world_portal):
    params = {"house": world_portal["travailleurs"]["nurse_igl"].UID()}
    response = as_user("fede_staff").get("@account-requests", params=params)
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "Maison médicale inconnue."


# The reviewers' mails


def test_the_coordinators_of_the_intergroup_are_mailed_when_a_request_arrives(
    as_user, world_portal, smtp_inbox
):
    coordinate_intergroup(world_portal, "igl", "nurse_igl")
    worker = at_laveu(as_user, world_portal, "dominique@example.net")
    (message,) = smtp_inbox.wait_for(1)
    only_recipient(message, login_of("nurse_igl"))
    assert message["Subject"] == "Nouvelle demande de compte : Camille Durand"
    content = message.get_content()
    assert "Camille Durand (Maison médicale du Laveu) demande un compte" in content
    assert "dans les 48 heures" in content
    assert f"{world_portal.absolute_url()}/demandes-de-compte" in content
    assert worker.email not in content  # the address is on the review page only
    assert smtp_inbox.to(login_of("fede_staff")) == []


def test_the_staff_are_mailed_when_no_coordinator_covers_the_request(as_user, world_portal, smtp_inbox):
    submit(as_user, world_portal, workplace="", workplace_remark="Maison médicale Nouvelle, Arlon")
    (message,) = smtp_inbox.wait_for(1)
    only_recipient(message, login_of("fede_staff"))
    assert "Camille Durand (Maison médicale Nouvelle, Arlon)" in message.get_content()


def test_a_request_for_a_known_email_mails_no_reviewer(as_user, world_portal, smtp_inbox):
    submit_known = as_user().post(
        "@account-requests",
        json={
            "first_name": "Camille",
            "last_name": "Durand",
            "email": login_of("gp_igb"),
            "workplace": house_uid(world_portal, "mm-marolles"),
            "functions": ["infirmier"],
            "consent": True,
        },
    )
    assert submit_known.status_code == 201
    assert [m["To"] for m in smtp_inbox.wait_for(1)] == [login_of("gp_igb")]
    assert smtp_inbox.to(login_of("fede_staff")) == []


def test_reviewers_are_reminded_once_of_an_overdue_request(as_user, world_portal, smtp_inbox):
    coordinate_intergroup(world_portal, "igl", "nurse_igl")
    overdue = at_laveu(as_user, world_portal, "dominique@example.net")
    recent = at_laveu(as_user, world_portal, "recent@example.net")
    age(world_portal, overdue, 49)
    smtp_inbox.clear()

    assert remind_overdue_requests() == 1
    transaction.commit()
    (reminder,) = smtp_inbox.wait_for(1)
    only_recipient(reminder, login_of("nurse_igl"))
    assert reminder["Subject"] == "Rappel : la demande de compte de Camille Durand attend"
    assert "(Maison médicale du Laveu) attend depuis plus de 48 heures" in reminder.get_content()
    assert "reminded" in account_record(overdue)
    assert "reminded" not in account_record(recent)

    assert remind_overdue_requests() == 0  # reminded once
    transaction.commit()
    age(world_portal, recent, 49)
    assert remind_overdue_requests() == 1
    transaction.commit()
    assert len(smtp_inbox.wait_for(2)) == 2


def test_the_reminder_script_reminds_every_site(as_user, functional, world_portal, smtp_inbox, capsys):
    """zconsole run zope.conf backend/scripts/remind_overdue_requests.py (the scheduler's job)."""
    worker = submit(as_user, world_portal, workplace="", workplace_remark="MM Nouvelle")
    age(world_portal, worker, 49)
    api.portal.set_registry_record("fmm_extranet.public_url", "https://extranet.example.be")
    transaction.commit()
    smtp_inbox.clear()
    argv = sys.argv
    sys.argv = ["zconsole", "run", "zope.conf", str(REMINDER_SCRIPT)]
    try:
        runpy.run_path(str(REMINDER_SCRIPT), init_globals={"app": functional["app"]})
        first = capsys.readouterr().out
        runpy.run_path(str(REMINDER_SCRIPT), init_globals={"app": functional["app"]})
        second = capsys.readouterr().out
    finally:
        sys.argv = argv
    assert "plone: reviewers reminded of 1 overdue request(s)" in first
    assert "plone: reviewers reminded of 0 overdue request(s)" in second
    (message,) = smtp_inbox.wait_for(1)
    only_recipient(message, login_of("fede_staff"))
