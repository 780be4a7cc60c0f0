"""@team: an MM's managers see its staff, invite them, add them and mark them as left."""

from fmm_extranet.accounts.workers import account_record
from fmm_extranet.testing import login_of
from plone import api
from tests.accounts.test_requests import DENIED
from tests.accounts.test_requests import link_token
from tests.accounts.test_requests import NEW_PASSWORD
from tests.accounts.test_requests import only_recipient
from tests.accounts.test_requests import session
from tests.accounts.test_requests import snapshot
import pytest


MARROLLES_TEAM = "maisons-medicales/mm-marolles/@team"
LAVEU_TEAM = "maisons-medicales/mm-laveu/@team"
NEW_MEMBER = {
    "first_name": "Sacha",
    "last_name": "Lambert",
    "email": "sacha.lambert@example.net",
    "functions": [{"function": "accueillant", "complement": None, "speciality": ""}],
}


def members(response):
    assert response.status_code == 200, response.text
    return {item["id"]: item for item in response.json()["items"]}


def add_member(as_user, **changes):
    response = as_user("mm_manager").post(MARROLLES_TEAM, json={**NEW_MEMBER, **changes})
    assert response.status_code == 201, response.text
    return response.json()


def test_managers_see_their_staff_with_account_status_and_emails_masked_once_active(as_user):
    response = as_user("mm_manager").get(MARROLLES_TEAM)
    assert response.json()["team"]["title"] == "Maison médicale des Marolles"
    assert response.json()["team"]["federation"] is False
    team = members(response)
    assert set(team) == {"gp_igb", "wg_member", "mm_manager"}  # left_worker left
    gp = team["gp_igb"]
    assert login_of("gp_igb") not in response.text
    assert (gp["email"], gp["email_masked"]) == ("g…@e…", True)
    assert gp["functions"] == ["médecin généraliste"]
    assert (gp["status"], gp["account"], gp["invited"]) == ("active", "active", None)
    assert (gp["management"], team["mm_manager"]["management"]) == (None, "manager")
    assert team["mm_manager"]["is_me"] and not gp["is_me"]


def test_managers_see_the_email_of_members_not_active_yet(as_user):
    sacha = add_member(as_user)
    assert (sacha["email"], sacha["email_masked"]) == ("sacha.lambert@example.net", False)


def test_staff_see_any_team(as_user):
    assert set(members(as_user("fede_staff").get(LAVEU_TEAM))) == {
        "nurse_igl",
        "wg_outsider",
        "thematic_coord",
        "pending_worker",
    }


@pytest.mark.parametrize("who", ["mm_manager", "gp_igb", "nurse_igl"])
def test_others_may_neither_list_invite_add_nor_remove(as_user, world_portal, smtp_inbox, who):
    """mm_manager manages Marolles, not Laveu; the others manage nothing."""
    before = snapshot(world_portal)
    client = as_user(who)
    assert client.get(LAVEU_TEAM).status_code in DENIED
    assert client.post(f"{LAVEU_TEAM}/invite").status_code in DENIED
    assert client.post(LAVEU_TEAM, json=NEW_MEMBER).status_code in DENIED
    assert client.post(f"{LAVEU_TEAM}/nurse_igl/left").status_code in DENIED
    assert client.get(LAVEU_TEAM).json()["type"] in ("Unauthorized", "Forbidden")
    assert snapshot(world_portal) == before
    world_portal._p_jar.sync()
    assert world_portal["travailleurs"]["nurse_igl"].status == "active"
    assert smtp_inbox.messages == []


def test_a_manager_of_one_mm_gets_403_on_another(as_user):
    assert as_user("mm_manager").get(LAVEU_TEAM).status_code == 403


def test_anonymous_and_pending_get_401_or_403(as_user):
    for who in (None, "pending_worker", "left_worker"):
        assert as_user(who).get(MARROLLES_TEAM).status_code in DENIED


def test_adding_a_member_creates_a_pending_worker_to_invite(as_user, world_portal):
    item = add_member(as_user)
    assert (item["status"], item["account"]) == ("pending", "will_receive_invitation")
    assert item["functions"] == ["accueillant·e"]
    world_portal._p_jar.sync()
    worker = world_portal["travailleurs"][item["id"]]
    (job,) = worker.jobs()
    assert job.workplace == world_portal["maisons-medicales"]["mm-marolles"].UID()
    assert "sacha" not in worker.user_id
    assert as_user("fede_staff").get("@account-requests").json()["items_total"] == 1  # not a request


@pytest.mark.parametrize(
    "changes,field",
    [
        ({"email": login_of("nurse_igl")}, "email"),
        ({"email": "sacha"}, "email"),
        ({"last_name": "<img src=x onerror=alert(1)>"}, "last_name"),
        ({"functions": ["astronaute"]}, "functions"),
    ],
)
def test_bad_member_is_400_and_creates_nothing(as_user, world_portal, changes, field):
    before = snapshot(world_portal)
    response = as_user("mm_manager").post(MARROLLES_TEAM, json={**NEW_MEMBER, **changes})
    assert response.status_code == 400, response.text
    assert field in [e["field"] for e in response.json()["errors"]]
    assert snapshot(world_portal) == before


def test_invitations_reach_only_those_who_have_not_activated(as_user, world_portal, smtp_inbox):
    sacha = add_member(as_user)
    alex = add_member(as_user, first_name="Alex", email="alex.martin@example.net")
    manager = as_user("mm_manager")
    response = manager.post(f"{MARROLLES_TEAM}/invite")
    assert response.status_code == 200, response.text
    assert {i["id"] for i in response.json()["items"]} == {sacha["id"], alex["id"]}
    messages = smtp_inbox.wait_for(2)
    for message in messages:
        only_recipient(message, message["To"])
        assert "Maison médicale des Marolles" in message.get_content()
    assert sorted(m["To"] for m in messages) == ["alex.martin@example.net", "sacha.lambert@example.net"]
    team = members(manager.get(MARROLLES_TEAM))
    assert team[sacha["id"]]["account"] == "invited" and team[sacha["id"]]["invited"]
    assert team["gp_igb"]["account"] == "active"

    # Sacha activates, choosing another email address; Alex does not.
    sacha_token = link_token(smtp_inbox.to("sacha.lambert@example.net")[0])
    response = as_user().post(
        "@account-activation",
        json={
            "token": sacha_token,
            "password": NEW_PASSWORD,
            "email": "sacha@perso.example",
            "consent": True,
        },
    )
    assert response.status_code == 200, response.text
    sacha_session = session(world_portal, "sacha@perso.example", NEW_PASSWORD)
    assert sacha_session.get("actualites/news").status_code == 200
    team = members(manager.get(MARROLLES_TEAM))
    assert (team[sacha["id"]]["account"], team[sacha["id"]]["status"]) == ("active", "active")
    assert team[sacha["id"]]["email"] == "s…@p…"

    smtp_inbox.clear()
    response = manager.post(f"{MARROLLES_TEAM}/invite")
    assert [i["id"] for i in response.json()["items"]] == [alex["id"]]
    (message,) = smtp_inbox.wait_for(1)
    only_recipient(message, "alex.martin@example.net")


def test_inviting_chosen_members(as_user, smtp_inbox):
    sacha = add_member(as_user)
    add_member(as_user, first_name="Alex", email="alex.martin@example.net")
    response = as_user("mm_manager").post(f"{MARROLLES_TEAM}/invite", json={"workers": [sacha["id"]]})
    assert [i["id"] for i in response.json()["items"]] == [sacha["id"]]
    assert [m["To"] for m in smtp_inbox.wait_for(1)] == ["sacha.lambert@example.net"]
    response = as_user("mm_manager").post(f"{MARROLLES_TEAM}/invite", json={"workers": "tous"})
    assert response.status_code == 400


def test_marking_a_member_as_left(as_user, world_portal):
    manager = as_user("mm_manager")
    response = manager.post(f"{MARROLLES_TEAM}/wg_member/left")
    assert response.status_code == 204, response.text
    world_portal._p_jar.sync()
    worker = world_portal["travailleurs"]["wg_member"]
    assert worker.status == "left" and worker.left_date
    assert "wg_member" not in members(manager.get(MARROLLES_TEAM))
    assert as_user("wg_member").get("actualites/news").status_code in DENIED
    assert manager.post(f"{MARROLLES_TEAM}/nurse_igl/left").status_code == 404  # not of this MM


def test_leaving_one_mm_keeps_the_other_jobs(as_user, world_portal):
    laveu = world_portal["maisons-medicales"]["mm-laveu"].UID()
    response = as_user("gp_igb").post(
        "travailleurs/gp_igb",
        json={"@type": "Job", "workplace": laveu, "functions": [{"function": "medecin_generaliste"}]},
    )
    assert response.status_code == 201, response.text
    assert as_user("mm_manager").post(f"{MARROLLES_TEAM}/gp_igb/left").status_code == 204
    world_portal._p_jar.sync()
    worker = world_portal["travailleurs"]["gp_igb"]
    assert worker.status == "active"
    assert [job.workplace for job in worker.jobs()] == [laveu]
    assert as_user("gp_igb").get("actualites/news").status_code == 200


def test_a_left_member_link_stops_working(as_user, world_portal, smtp_inbox):
    sacha = add_member(as_user)
    as_user("mm_manager").post(f"{MARROLLES_TEAM}/invite")
    token = link_token(smtp_inbox.wait_for(1)[0])
    assert as_user("mm_manager").post(f"{MARROLLES_TEAM}/{sacha['id']}/left").status_code == 204
    response = as_user().post("@account-activation", json={"token": token, "password": NEW_PASSWORD})
    assert response.status_code == 400
    world_portal._p_jar.sync()
    assert "activated" not in account_record(world_portal["travailleurs"][sacha["id"]])
    assert api.user.get(userid=sacha["id"]) is not None
