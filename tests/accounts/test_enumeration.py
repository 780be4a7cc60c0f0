"""Nobody learns from an answer whether an email has an account (issue 12, point 3).

An account request, an activation choosing another address, or Plone's own
forgotten-password pages answer a known email exactly as an unknown one; the
holder of the account alone is told, by mail at their own address.
"""

from fmm_extranet.testing import login_of
from tests.accounts.test_requests import approved
from tests.accounts.test_requests import DENIED
from tests.accounts.test_requests import NEW_PASSWORD
from tests.accounts.test_requests import only_recipient
from tests.accounts.test_requests import request_body
from tests.accounts.test_requests import session
from tests.accounts.test_requests import snapshot
from tests.helpers import browser_for
import pytest


NEW_EMAIL = "camille.durand@example.net"
#: Whose email is typed → what the mail to them says (one line of it).
HOLDERS = {
    "nurse_igl": "nouveau-mot-de-passe",  # active: sign in, or ask for a new password
    "pending_worker": "toujours en cours d'examen",  # their own request waits
    "left_worker": "est fermé",  # closed: whom to contact
}
#: What the requester typed, which the holder's mail must not repeat.
TYPED = ("Camille", "Durand", NEW_EMAIL)


def answer(response):
    return response.status_code, response.headers["Content-Type"], response.json()


def holder_mail(smtp_inbox, holder):
    (message,) = smtp_inbox.wait_for(1)
    only_recipient(message, login_of(holder))
    content = message.get_content()
    assert not [word for word in TYPED if word in content]
    return message, content


@pytest.mark.parametrize("holder", sorted(HOLDERS))
def test_a_request_for_a_known_email_answers_like_a_new_one_and_mails_the_holder(
    as_user, world_portal, smtp_inbox, holder
):
    """Same status, same body; nothing created; the holder is told what to do instead."""
    before = snapshot(world_portal)
    known = as_user().post("@account-requests", json=request_body(world_portal, email=login_of(holder)))
    assert snapshot(world_portal) == before
    message, content = holder_mail(smtp_inbox, holder)
    assert message["Subject"] == "Votre demande de compte sur l'extranet"
    assert f"Bonjour {holder.split('_')[0].capitalize()}," in content
    assert HOLDERS[holder] in content
    new = as_user().post("@account-requests", json=request_body(world_portal))
    assert answer(known) == answer(new)
    assert new.status_code == 201
    world_portal._p_jar.sync()
    workers, users = snapshot(world_portal)
    assert (len(workers), len(users)) == (len(before[0]) + 1, len(before[1]) + 1)
    # A new request mails its reviewers (the staff, Marolles' intergroup has no coordinator).
    assert [m["To"] for m in smtp_inbox.wait_for(2)[1:]] == [login_of("fede_staff")]


def test_the_known_email_may_be_typed_in_any_case(as_user, world_portal, smtp_inbox):
    before = snapshot(world_portal)
    response = as_user().post(
        "@account-requests", json=request_body(world_portal, email=login_of("gp_igb").upper())
    )
    assert response.status_code == 201, response.text
    holder_mail(smtp_inbox, "gp_igb")
    assert snapshot(world_portal) == before


def test_bad_fields_of_a_known_email_are_refused_as_for_a_new_one(as_user, world_portal, smtp_inbox):
    """The field errors are the same, without any word on the email; nobody is mailed."""
    bad = {"consent": False, "functions": []}
    known = as_user().post(
        "@account-requests", json=request_body(world_portal, email=login_of("nurse_igl"), **bad)
    )
    new = as_user().post("@account-requests", json=request_body(world_portal, **bad))
    assert answer(known) == answer(new)
    assert known.status_code == 400
    assert {e["field"] for e in known.json()["errors"]} == {"consent", "functions"}
    assert smtp_inbox.messages == []


def test_an_activation_choosing_a_taken_address_keeps_its_own_and_mails_the_holder(
    as_user, world_portal, smtp_inbox
):
    """No refusal says the address is taken (a refused link would stay valid for
    guess after guess): the account is activated with its own address, the holder
    of the chosen one is told, and the link is used up."""
    worker, token = approved(as_user, world_portal, smtp_inbox)
    smtp_inbox.clear()
    body = {"token": token, "password": NEW_PASSWORD, "email": login_of("gp_igb").upper()}
    response = as_user().post("@account-activation", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["login"] == NEW_EMAIL
    (message,) = smtp_inbox.wait_for(1)
    only_recipient(message, login_of("gp_igb"))
    assert message["Subject"] == "Votre adresse de courriel sur l'extranet"
    assert not [word for word in TYPED if word in message.get_content()]
    world_portal._p_jar.sync()
    assert worker.email == NEW_EMAIL and worker.status == "active"
    assert world_portal["travailleurs"]["gp_igb"].email == login_of("gp_igb")
    assert session(world_portal, NEW_EMAIL, NEW_PASSWORD).get("").status_code == 200
    assert as_user("gp_igb").get("").status_code == 200
    again = as_user().post("@account-activation", json=body)
    assert again.status_code == 400
    assert [e["field"] for e in again.json()["errors"]] == ["token"]


def test_plone_forgotten_password_pages_lead_to_the_extranet_s_and_send_nothing(world_portal, smtp_inbox):
    """They told an unknown login from a known one, and sent Plone's link unbraked:
    they now lead to the extranet's page, which sends links through its own rules."""
    browser = browser_for(world_portal)
    answers = set()
    for login in (login_of("nurse_igl"), "inconnu@example.net"):
        response = browser.post(
            "mail_password", data={"userid": login, "form.submitted": "1"}, allow_redirects=False
        )
        answers.add((response.status_code, response.headers.get("Location")))
    assert answers == {(302, f"{world_portal.absolute_url()}/passwordreset")}
    response = browser.get("actualites/mail_password_form", allow_redirects=False)
    assert response.headers.get("Location", "").endswith("/passwordreset")
    assert smtp_inbox.messages == []


@pytest.mark.parametrize("who", [None, "nurse_igl", "mm_manager"])
def test_only_a_team_s_managers_may_add_a_member_by_email(as_user, world_portal, who):
    """Adding a member tells its managers that an email is taken (they see their team
    anyway); anyone else is refused before the email is read."""
    team = "maisons-medicales/mm-laveu/@team"
    body = {"first_name": "Sacha", "last_name": "Lambert", "functions": ["accueillant"]}
    known = as_user(who).post(team, json={**body, "email": login_of("gp_igb")})
    unknown = as_user(who).post(team, json={**body, "email": "inconnu@example.net"})
    assert known.status_code in DENIED
    assert (known.status_code, known.text) == (unknown.status_code, unknown.text)


def test_the_staff_still_read_the_requests_they_review(as_user, world_portal, smtp_inbox):
    """A request for a known email leaves no request to review."""
    as_user().post("@account-requests", json=request_body(world_portal, email=login_of("nurse_igl")))
    listed = as_user("fede_staff").get("@account-requests").json()["items"]
    assert login_of("nurse_igl") not in [item["email"] for item in listed]
