"""« Je suis intéressé·e » by a formation without a session: said and taken back by
workers, read by the staff, and a new session announced once to those interested."""

from datetime import datetime
from datetime import timedelta
from datetime import UTC
from fmm_extranet.gdpr import erase_workers
from fmm_extranet.testing import login_of
import pytest
import transaction


DENIED = (401, 403)
pytestmark = pytest.mark.usefixtures("smtp_inbox")


def in_days(days, hours=0):
    moment = datetime.now(UTC) + timedelta(days=days, hours=hours)
    return moment.replace(microsecond=0).isoformat()


@pytest.fixture
def staff(as_user):
    return as_user("fede_staff")


@pytest.fixture
def formation(staff):
    response = staff.post(
        "formations",
        json={
            "@type": "Formation",
            "title": "Gestion des conflits",
            "dequap_category": "travail_equipe",
            "formation_status": "waiting_list",
        },
    )
    assert response.status_code == 201, response.text
    return response.json()["@id"]


def add_session(staff, formation, title="Gestion des conflits — session de mars"):
    response = staff.post(
        formation,
        json={
            "@type": "Activity",
            "title": title,
            "activity_type": "training",
            "start": in_days(40),
            "end": in_days(40, hours=6),
            "location": "Bruxelles",
            "registration_enabled": True,
        },
    )
    assert response.status_code == 201, response.text
    return response.json()["@id"]


def test_workers_say_they_are_interested_and_staff_see_who(formation, as_user, staff):
    nurse, gp = as_user("nurse_igl"), as_user("gp_igb")
    assert nurse.get(f"{formation}/@interest").json() == {
        "@id": f"{formation}/@interest",
        "interested": False,
        "scheduled": False,
    }
    response = nurse.post(f"{formation}/@interest", json={"interested": True})
    assert response.status_code == 200, response.text
    assert response.json()["interested"] is True
    assert "people" not in response.json()  # workers do not see who else is interested
    gp.post(f"{formation}/@interest", json={"interested": True})
    people = staff.get(f"{formation}/@interest").json()["people"]
    assert [(p["first_name"], p["last_name"], p["workplaces"]) for p in people] == [
        ("Nurse", "Test", ["Maison médicale du Laveu"]),
        ("Gp", "Test", ["Maison médicale des Marolles"]),
    ]
    assert all("email" not in p and "mobile" not in p for p in people)
    assert gp.post(f"{formation}/@interest", json={"interested": False}).json()["interested"] is False
    assert [p["user_id"] for p in staff.get(f"{formation}/@interest").json()["people"]] == ["nurse_igl"]


@pytest.mark.parametrize("body", [{}, {"interested": "oui"}, {"interested": 1}])
def test_a_bad_interest_is_refused(formation, as_user, staff, body):
    response = as_user("nurse_igl").post(f"{formation}/@interest", json=body)
    assert response.status_code == 400
    assert response.json()["message"]
    assert staff.get(f"{formation}/@interest").json()["people"] == []


def test_outsiders_cannot_say_they_are_interested(formation, as_user, staff):
    assert as_user().post(f"{formation}/@interest", json={"interested": True}).status_code in DENIED
    assert as_user("site_admin").post(f"{formation}/@interest", json={"interested": True}).status_code == 400
    assert staff.get(f"{formation}/@interest").json()["people"] == []


def test_a_new_session_is_announced_once_to_those_interested(formation, as_user, staff, smtp_inbox):
    as_user("nurse_igl").post(f"{formation}/@interest", json={"interested": True})
    as_user("gp_igb").post(f"{formation}/@interest", json={"interested": True})
    as_user("gp_igb").post(f"{formation}/@interest", json={"interested": False})
    session = add_session(staff, formation)
    [mail] = smtp_inbox.wait_for_to(login_of("nurse_igl"))
    assert "Gestion des conflits" in mail["Subject"]
    assert session.split("/plone/", 1)[1] in mail.get_content()
    assert smtp_inbox.to(login_of("gp_igb")) == []
    # Scheduled now: saying one is interested is refused, registering is the way.
    state = as_user("wg_member").get(f"{formation}/@interest").json()
    assert state["scheduled"] is True
    assert as_user("wg_member").post(f"{formation}/@interest", json={"interested": True}).status_code == 400
    # Editing the session does not announce it again.
    assert staff.patch(session, json={"location": "Liège"}).status_code == 204
    add_session(staff, formation, title="Gestion des conflits — session d'avril")
    assert len(smtp_inbox.wait_for_to(login_of("nurse_igl"), count=2)) == 2
    assert len(smtp_inbox.to(login_of("nurse_igl"))) == 2


def test_the_interest_is_in_the_worker_s_data_and_erased_with_them(as_user, world_portal, formation):
    assert as_user("nurse_igl").post(f"{formation}/@interest", json={"interested": True}).ok
    mine = as_user("nurse_igl").get("@my-data").json()["formation_interests"]
    assert [entry["formation"] for entry in mine] == ["Gestion des conflits"]
    world_portal._p_jar.sync()
    erase_workers([world_portal["travailleurs"]["nurse_igl"]])
    transaction.commit()
    assert as_user("fede_staff").get(f"{formation}/@interest").json()["people"] == []
