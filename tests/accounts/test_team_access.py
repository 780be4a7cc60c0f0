"""Gestion des accès: email corrections, invitations valid for days, delegation, the
federation's team, and the teams one manages (@my-teams)."""

from datetime import timedelta
from fmm_extranet.accounts import tokens
from fmm_extranet.testing import login_of
from plone import api
from tests.accounts.test_requests import DENIED
from tests.accounts.test_requests import link_token
from tests.accounts.test_requests import NEW_PASSWORD
from tests.accounts.test_requests import only_recipient
from tests.accounts.test_requests import session
from tests.accounts.test_requests import snapshot
from tests.accounts.test_team import add_member
from tests.accounts.test_team import LAVEU_TEAM
from tests.accounts.test_team import MARROLLES_TEAM
from tests.accounts.test_team import members
from tests.accounts.test_team import NEW_MEMBER
import pytest
import transaction


def invited(as_user, smtp_inbox, **changes):
    """A member added to Marolles and invited; the token of their mail."""
    member = add_member(as_user, **changes)
    response = as_user("mm_manager").post(f"{MARROLLES_TEAM}/invite", json={"workers": [member["id"]]})
    assert response.status_code == 200, response.text
    message = smtp_inbox.wait_for(1)[0]
    smtp_inbox.clear()
    return member, link_token(message), message


def activate(as_user, token, **changes):
    return as_user().post(
        "@account-activation", json={"token": token, "password": NEW_PASSWORD, "consent": True, **changes}
    )


# Correcting a wrong email


def test_correcting_an_email_re_sends_the_invitation_to_the_new_address_only(
    as_user, world_portal, smtp_inbox
):
    member, old_token, _message = invited(as_user, smtp_inbox, email="sacha.lambrt@example.net")
    response = as_user("mm_manager").patch(
        f"{MARROLLES_TEAM}/{member['id']}", json={"email": " Sacha.Lambert@Example.net "}
    )
    assert response.status_code == 200, response.text
    assert (response.json()["email"], response.json()["account"]) == ("sacha.lambert@example.net", "invited")
    (message,) = smtp_inbox.wait_for(1)
    only_recipient(message, "sacha.lambert@example.net")
    assert activate(as_user, old_token).status_code == 400  # the link of the old address is dead
    assert activate(as_user, link_token(message)).status_code == 200
    assert session(world_portal, "sacha.lambert@example.net", NEW_PASSWORD).get("actualites/news").ok


@pytest.mark.parametrize(
    "email,field", [("pas-une-adresse", "email"), (login_of("nurse_igl"), "email"), (None, "email")]
)
def test_a_bad_correction_is_400_and_changes_nothing(as_user, world_portal, smtp_inbox, email, field):
    member, token, _message = invited(as_user, smtp_inbox)
    before = snapshot(world_portal)
    response = as_user("mm_manager").patch(f"{MARROLLES_TEAM}/{member['id']}", json={"email": email})
    assert response.status_code == 400, response.text
    assert [e["field"] for e in response.json()["errors"]] == [field]
    assert snapshot(world_portal) == before
    assert smtp_inbox.messages == []
    assert activate(as_user, token).status_code == 200  # the first link still works


def test_the_email_of_an_active_account_is_not_corrected_by_the_managers(as_user, world_portal, smtp_inbox):
    response = as_user("mm_manager").patch(f"{MARROLLES_TEAM}/gp_igb", json={"email": "autre@example.net"})
    assert response.status_code == 409
    world_portal._p_jar.sync()
    assert world_portal["travailleurs"]["gp_igb"].email == login_of("gp_igb")
    assert smtp_inbox.messages == []


# Invitations are valid for days, the other links for hours


def age_token(portal, token, **delta):
    portal._p_jar.sync()
    store = tokens.token_store()
    entry = store[tokens.digest(token)]
    store[tokens.digest(token)] = {**entry, "created": entry["created"] - timedelta(**delta)}
    transaction.commit()


def test_an_invitation_is_valid_seven_days(as_user, world_portal, smtp_inbox):
    _member, token, message = invited(as_user, smtp_inbox)
    assert "valable 7 jours" in message.get_content()
    age_token(world_portal, token, days=6, hours=23)
    assert activate(as_user, token).status_code == 200


def test_an_invitation_expires_after_the_days_of_the_settings(as_user, world_portal, smtp_inbox):
    api.portal.set_registry_record("fmm_extranet.invitation_validity", 2)
    transaction.commit()
    _member, token, message = invited(as_user, smtp_inbox)
    assert "valable 2 jours" in message.get_content()
    age_token(world_portal, token, days=2, hours=1)
    response = activate(as_user, token)
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "token"


def test_a_password_link_still_expires_after_hours(as_user, world_portal, smtp_inbox):
    response = as_user().post("@password-reset", json={"email": login_of("gp_igb")})
    assert response.status_code == 202, response.text
    token = link_token(smtp_inbox.wait_for(1)[0])
    age_token(world_portal, token, hours=25)
    response = as_user().post("@account-activation", json={"token": token, "password": NEW_PASSWORD})
    assert response.status_code == 400


# Delegation


def test_a_manager_delegates_to_an_active_member_who_then_manages_the_team(as_user, world_portal, smtp_inbox):
    manager = as_user("mm_manager")
    assert as_user("wg_member").get(MARROLLES_TEAM).status_code == 403
    response = manager.post(f"{MARROLLES_TEAM}/wg_member/delegate")
    assert response.status_code == 204, response.text
    assert members(manager.get(MARROLLES_TEAM))["wg_member"]["management"] == "delegate"

    delegate = as_user("wg_member")
    assert delegate.get("@my-teams").json()["items"][0]["title"] == "Maison médicale des Marolles"
    response = delegate.post(MARROLLES_TEAM, json=NEW_MEMBER)
    assert response.status_code == 201, response.text
    assert delegate.post(f"{MARROLLES_TEAM}/invite").status_code == 200
    only_recipient(smtp_inbox.wait_for(1)[0], NEW_MEMBER["email"])
    assert delegate.get(LAVEU_TEAM).status_code == 403

    assert manager.post(f"{MARROLLES_TEAM}/wg_member/take-back").status_code == 204
    assert delegate.get(MARROLLES_TEAM).status_code == 403
    assert delegate.get("@my-teams").json()["items"] == []
    world_portal._p_jar.sync()
    assert world_portal["maisons-medicales"]["mm-marolles"].managers == ["mm_manager"]


def test_the_house_s_own_managers_are_not_taken_back_here(as_user):
    assert as_user("mm_manager").post(f"{MARROLLES_TEAM}/wg_member/delegate").status_code == 204
    response = as_user("wg_member").post(f"{MARROLLES_TEAM}/mm_manager/take-back")
    assert response.status_code == 409
    assert members(as_user("mm_manager").get(MARROLLES_TEAM))["mm_manager"]["management"] == "manager"


def test_only_active_members_are_delegated_to(as_user, world_portal):
    sacha = add_member(as_user)
    before = snapshot(world_portal)
    assert as_user("mm_manager").post(f"{MARROLLES_TEAM}/{sacha['id']}/delegate").status_code == 409
    assert as_user("mm_manager").post(f"{MARROLLES_TEAM}/mm_manager/delegate").status_code == 409
    assert as_user("mm_manager").post(f"{MARROLLES_TEAM}/wg_member/promote").status_code == 404
    assert snapshot(world_portal) == before


def test_a_delegate_who_leaves_loses_the_delegation(as_user, world_portal):
    assert as_user("mm_manager").post(f"{MARROLLES_TEAM}/wg_member/delegate").status_code == 204
    assert as_user("mm_manager").post(f"{MARROLLES_TEAM}/wg_member/left").status_code == 204
    world_portal._p_jar.sync()
    assert world_portal["maisons-medicales"]["mm-marolles"].managers == ["mm_manager"]
    assert as_user("wg_member").get(MARROLLES_TEAM).status_code in DENIED


def test_a_manager_does_not_mark_themselves_as_left(as_user, world_portal):
    assert as_user("mm_manager").post(f"{MARROLLES_TEAM}/mm_manager/left").status_code == 409
    world_portal._p_jar.sync()
    assert world_portal["travailleurs"]["mm_manager"].status == "active"


# A manager of house A reaches nothing of house B


def test_a_manager_of_one_house_corrects_and_delegates_nothing_in_another(as_user, world_portal, smtp_inbox):
    before = snapshot(world_portal)
    manager = as_user("mm_manager")
    assert manager.patch(f"{LAVEU_TEAM}/pending_worker", json={"email": "x@example.net"}).status_code == 403
    assert manager.post(f"{LAVEU_TEAM}/wg_outsider/delegate").status_code == 403
    assert manager.post(f"{LAVEU_TEAM}/wg_outsider/take-back").status_code == 403
    not_of_marolles = manager.patch(f"{MARROLLES_TEAM}/pending_worker", json={"email": "x@example.net"})
    assert not_of_marolles.status_code == 404
    assert manager.get("@team").status_code == 403  # the federation's team
    assert snapshot(world_portal) == before
    assert smtp_inbox.messages == []


# The federation's team


def test_the_staff_manage_the_federation_s_team(as_user, world_portal, smtp_inbox):
    staff = as_user("fede_staff")
    response = staff.get("@team")
    assert response.status_code == 200, response.text
    assert response.json()["team"]["federation"] is True
    assert set(members(response)) == {"fede_staff"}
    response = staff.post("@team", json={**NEW_MEMBER, "functions": ["coordinateur"]})
    assert response.status_code == 201, response.text
    new = response.json()
    world_portal._p_jar.sync()
    assert [job.workplace for job in world_portal["travailleurs"][new["id"]].jobs()] == ["federation"]
    assert [i["id"] for i in staff.post("@team/invite").json()["items"]] == [new["id"]]
    message = smtp_inbox.wait_for(1)[0]
    only_recipient(message, NEW_MEMBER["email"])
    assert "Fédération" in message.get_content()
    assert staff.post(f"@team/{new['id']}/delegate").status_code == 400


@pytest.mark.parametrize("who", [None, "mm_manager", "gp_igb", "pending_worker"])
def test_only_the_staff_reach_the_federation_s_team(as_user, who):
    client = as_user(who)
    assert client.get("@team").status_code in DENIED
    assert client.post("@team", json=NEW_MEMBER).status_code in DENIED


# The teams one manages


def test_my_teams(as_user):
    assert [t["title"] for t in as_user("mm_manager").get("@my-teams").json()["items"]] == [
        "Maison médicale des Marolles"
    ]
    assert as_user("gp_igb").get("@my-teams").json()["items"] == []
    staff_teams = as_user("fede_staff").get("@my-teams").json()["items"]
    assert [t["federation"] for t in staff_teams] == [True, False, False]
    assert [t["title"] for t in staff_teams[1:]] == [
        "Maison médicale des Marolles",
        "Maison médicale du Laveu",
    ]
    assert as_user().get("@my-teams").status_code in DENIED
