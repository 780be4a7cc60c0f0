"""The classic pages of an MM's team, the audit log and erasure: the rules of @team,
@audit-log and @workers/<id>/erase, through real HTTP as the people of the test world."""

from datetime import date
from fmm_extranet.accounts import audit
from fmm_extranet.accounts.browser.audit import BATCH_SIZE
from fmm_extranet.accounts.team import masked_email
from fmm_extranet.gdpr import FORMER_WORKER
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from plone import api
from tests.accounts.test_classic import field_error
from tests.accounts.test_classic import page
from tests.accounts.test_requests import DENIED
from tests.accounts.test_requests import link_token
from tests.accounts.test_requests import NEW_PASSWORD
from tests.accounts.test_requests import only_recipient
from tests.accounts.test_requests import session
from tests.accounts.test_requests import snapshot
from tests.accounts.test_requests import worker_by_email
from tests.accounts.test_team import NEW_MEMBER
from tests.gdpr.test_gdpr import erased_profile
from tests.gdpr.test_gdpr import WG
from tests.helpers import browser_for
from tests.helpers import submit_form
import pytest
import re
import transaction


MARROLLES = "maisons-medicales/mm-marolles"
LAVEU = "maisons-medicales/mm-laveu"
OTHER_MEMBER = {"first_name": "Alex", "email": "alex.martin@example.net"}
AUDIT_LOG = "journal-d-audit"


def member_form(**changes):
    """``NEW_MEMBER`` as the add-member form's fields."""
    member = {**NEW_MEMBER, **changes}
    return {
        "form.widgets.first_name": member["first_name"],
        "form.widgets.last_name": member["last_name"],
        "form.widgets.email": member["email"],
        "form.widgets.functions:list": [entry["function"] for entry in member["functions"]],
    }


def add_member(portal, **changes):
    """mm_manager fills in the add-member form of Marolles; the response and the new worker."""
    response = submit_form(
        browser_for(portal, "mm_manager"),
        f"{MARROLLES}/ajouter-un-membre",
        member_form(**changes),
        "form.buttons.add",
    )
    portal._p_jar.sync()
    return response, worker_by_email(portal, {**NEW_MEMBER, **changes}["email"])


def press(portal, form_id, who="mm_manager"):
    """Press the button of a form of Marolles' team page: invite-all, invite-<id>, left-<id>."""
    button = form_id.split("-")[0]
    return submit_form(browser_for(portal, who), f"{MARROLLES}/equipe", {}, button, form_id=form_id)


def accounts(response):
    """Worker id → account status, as the team page shows them."""
    assert response.status_code == 200, response.status_code
    return {
        row.cssselect('input[name="worker"]')[0].get("value"): row.cssselect("td[data-account]")[0].get(
            "data-account"
        )
        for row in page(response).cssselect("table tbody tr")
    }


def status_message(response):
    return " ".join(m.text_content() for m in page(response).cssselect(".portalMessage"))


def authenticator(browser):
    """The signed-in user's CSRF token, read from a page they may open (their profile)."""
    return page(browser.get("mon-profil")).cssselect('input[name="_authenticator"]')[0].get("value")


def sent_to_login(response):
    """Plone's answer to a missing Zope permission: the login, which then tells a
    signed-in user that their privileges are insufficient."""
    return response.status_code == 302 and "require_login" in response.headers["Location"]


# The team page


def test_managers_see_their_team_with_account_statuses(world_portal):
    response = browser_for(world_portal, "mm_manager").get(f"{MARROLLES}/equipe")
    assert accounts(response) == {"gp_igb": "active", "wg_member": "active", "mm_manager": "active"}
    table = page(response).cssselect("table")[0]
    assert table.cssselect("caption")[0].text_content().strip()
    assert {th.get("scope") for th in table.cssselect("th")} == {"col", "row"}
    # SPEC rule 8: an active account's email is masked
    assert login_of("gp_igb") not in table.text_content()
    assert masked_email(login_of("gp_igb")) in table.text_content()
    assert "médecin généraliste" in table.text_content()
    assert {cell.text_content().strip() for cell in table.cssselect("td[data-account]")} == {"actif"}
    assert f"{world_portal.absolute_url()}/{MARROLLES}/ajouter-un-membre" in [
        a.get("href") for a in page(response).cssselect("a")
    ]
    assert not page(response).cssselect("form[id^=invite]")  # everyone is active


def test_adding_a_member_creates_a_pending_worker_to_invite(world_portal, smtp_inbox):
    response, worker = add_member(world_portal)
    assert response.url == f"{world_portal.absolute_url()}/{MARROLLES}/equipe"
    assert "Sacha Lambert" in status_message(response)
    assert (worker.status, worker.first_name, worker.last_name) == ("pending", "Sacha", "Lambert")
    (job,) = worker.jobs()
    assert job.workplace == world_portal.unrestrictedTraverse(MARROLLES).UID()
    assert [entry["function"] for entry in job.functions] == ["accueillant"]
    assert accounts(response)[worker.getId()] == "will_receive_invitation"
    assert smtp_inbox.messages == []  # the invitation waits for the manager


@pytest.mark.parametrize(
    "changes, field, status",
    [
        ({"first_name": ""}, "first_name", 200),  # the form's own check
        ({"last_name": "<b>Lambert</b>"}, "last_name", 400),  # refused by the rule
        ({"email": login_of("nurse_igl")}, "email", 400),
        ({"functions": []}, "functions", 400),
    ],
)
def test_a_refused_member_shows_the_field_error_and_creates_nothing(world_portal, changes, field, status):
    before = snapshot(world_portal)
    response, _worker = add_member(world_portal, **changes)
    assert response.status_code == status
    assert field_error(response, field), response.text
    assert page(response).cssselect('.statusmessage-error[role="alert"]')
    assert snapshot(world_portal) == before


def test_inviting_everyone_then_again_reaches_only_those_not_active(as_user, world_portal, smtp_inbox):
    _response, sacha = add_member(world_portal)
    _response, alex = add_member(world_portal, **OTHER_MEMBER)

    response = press(world_portal, "invite-all")
    assert "Invitations envoyées : 2." in status_message(response)
    messages = smtp_inbox.wait_for(2)
    for message in messages:
        only_recipient(message, message["To"])
        assert "Maison médicale des Marolles" in message.get_content()
    assert sorted(m["To"] for m in messages) == [OTHER_MEMBER["email"], NEW_MEMBER["email"]]
    shown = accounts(response)
    assert (shown[sacha.getId()], shown[alex.getId()], shown["gp_igb"]) == ("invited", "invited", "active")
    invited_cell = page(response).cssselect(f"tr:has(#left-{sacha.getId()}) td[data-account]")[0]
    assert invited_cell.text_content().strip().startswith("invité·e le ")
    assert str(date.today().year) in invited_cell.text_content()

    # Sacha activates their account; Alex does not.
    token = link_token(smtp_inbox.to(NEW_MEMBER["email"])[0])
    response = as_user().post(
        "@account-activation", json={"token": token, "password": NEW_PASSWORD, "consent": True}
    )
    assert response.status_code == 200, response.text
    smtp_inbox.clear()
    response = press(world_portal, "invite-all")
    (message,) = smtp_inbox.wait_for(1)
    only_recipient(message, OTHER_MEMBER["email"])
    assert re.search(r"\b1\b", status_message(response))
    assert accounts(response)[sacha.getId()] == "active"
    assert not page(response).cssselect(f"#invite-{sacha.getId()}")

    smtp_inbox.clear()
    press(world_portal, f"invite-{alex.getId()}")
    assert [m["To"] for m in smtp_inbox.wait_for(1)] == [OTHER_MEMBER["email"]]


def test_marking_a_member_as_left(world_portal):
    member = browser_for(world_portal, "wg_member")
    assert member.get("actualites/news", allow_redirects=False).status_code == 200
    response = press(world_portal, "left-wg_member")
    assert "Wg Test" in status_message(response)
    assert "wg_member" not in accounts(response)
    world_portal._p_jar.sync()
    worker = world_portal["travailleurs"]["wg_member"]
    assert worker.status == "left" and worker.left_date
    assert sent_to_login(member.get("actualites/news", allow_redirects=False))


@pytest.mark.parametrize("who", ["mm_manager", "gp_igb", "nurse_igl"])
def test_others_get_403_on_a_team_and_change_nothing(world_portal, smtp_inbox, who):
    """mm_manager manages Marolles, not Laveu; the others manage nothing."""
    before = snapshot(world_portal)
    browser = browser_for(world_portal, who)
    token = authenticator(browser)
    for path in ("equipe", "ajouter-un-membre"):
        assert browser.get(f"{LAVEU}/{path}", allow_redirects=False).status_code == 403
    posts = [
        ("equipe", {"invite": "1"}),
        ("equipe", {"worker": "nurse_igl", "left": "1"}),
        ("ajouter-un-membre", {**member_form(), "form.buttons.add": "1"}),
    ]
    for path, values in posts:
        response = browser.post(f"{LAVEU}/{path}", data={**values, "_authenticator": token})
        assert response.status_code == 403, path
    assert snapshot(world_portal) == before
    assert world_portal["travailleurs"]["nurse_igl"].status == "active"
    assert smtp_inbox.messages == []


def test_anonymous_is_sent_to_the_login(world_portal):
    anonymous = browser_for(world_portal)
    for path in ("equipe", "ajouter-un-membre"):
        assert sent_to_login(anonymous.get(f"{MARROLLES}/{path}", allow_redirects=False))
        response = anonymous.post(f"{MARROLLES}/{path}", data={"invite": "1"}, allow_redirects=False)
        assert sent_to_login(response)


# The audit log


def logged(response):
    """(actor, action, about) of each entry the audit log page shows, in its order."""
    assert response.status_code == 200, response.status_code
    entries = []
    for row in page(response).cssselect("table tbody tr"):
        actor, action, about = row.cssselect("td")[:3]
        entries.append((link_text(actor), action.get("data-action"), link_text(about)))
    return entries


def link_text(cell):
    links = cell.cssselect("a")
    return links[0].text_content() if links else None


def test_admins_read_the_audit_log_and_filter_it(world_portal, smtp_inbox):
    _response, sacha = add_member(world_portal)
    press(world_portal, "invite-all")
    press(world_portal, "left-wg_member")
    admin = browser_for(world_portal, "site_admin")
    entries = logged(admin.get(AUDIT_LOG))
    assert entries[0] == ("mm_manager", "left_team", "wg_member")  # newest first
    for entry in [
        ("mm_manager", "status_changed", "wg_member"),
        ("mm_manager", "invited", sacha.user_id),
        ("mm_manager", "team_member_added", sacha.user_id),
    ]:
        assert entry in entries

    assert {e[2] for e in logged(admin.get(AUDIT_LOG, params={"about": "wg_member"}))} == {"wg_member"}
    assert {e[1] for e in logged(admin.get(AUDIT_LOG, params={"action": "invited"}))} == {"invited"}
    by_manager = logged(admin.get(AUDIT_LOG, params={"actor": "mm_manager", "action": "left_team"}))
    assert by_manager == [("mm_manager", "left_team", "wg_member")]

    form = page(admin.get(AUDIT_LOG, params={"action": "invited"})).cssselect('form[method="get"]')[0]
    for control in form.cssselect("input[type=text], select"):
        assert form.cssselect(f'label[for="{control.get("id")}"]')
    assert form.cssselect("fieldset legend")
    assert form.cssselect('select[name="action"] option[selected]')[0].get("value") == "invited"


def test_the_audit_log_is_batched_and_its_pages_keep_the_filter(world_portal):
    for _number in range(BATCH_SIZE + 1):
        audit.record("invited", "someone")
    audit.record("approved", "someone")
    transaction.commit()
    admin = browser_for(world_portal, "site_admin")
    response = admin.get(AUDIT_LOG, params={"about": "someone", "action": "invited"})
    assert len(logged(response)) == BATCH_SIZE
    (next_page,) = page(response).cssselect(".pagination li.next a")
    assert "about=someone" in next_page.get("href") and "_authenticator" not in next_page.get("href")
    assert [entry[1:] for entry in logged(admin.get(next_page.get("href")))] == [("invited", "someone")]


@pytest.mark.parametrize("who", [None, "fede_staff", "mm_manager"])
def test_only_admins_read_the_audit_log(world_portal, who):
    response = browser_for(world_portal, who).get(AUDIT_LOG, allow_redirects=False)
    assert sent_to_login(response)
    assert "left_team" not in response.text


# Erasure


def test_admin_erases_a_worker_through_the_page(as_user, world_portal):
    response = as_user("wg_member").post(WG, json={"@type": "Document", "title": "Compte rendu du GT"})
    assert response.status_code == 201, response.text
    document_path = response.json()["@id"].split(world_portal.absolute_url() + "/")[1]
    ids_before = set(world_portal["travailleurs"].objectIds()) - {"wg_member"}

    response = submit_form(
        browser_for(world_portal, "site_admin"),
        "travailleurs/wg_member/effacer-les-donnees",
        {},
        "erase",
        form_id="erasure",
    )
    assert response.status_code == 200
    assert response.url.rstrip("/") == world_portal.absolute_url()
    assert status_message(response)

    worker = erased_profile(world_portal, ids_before)
    assert worker.title == FORMER_WORKER
    assert (worker.email, worker.mobile, worker.status) == (None, None, "left")
    assert api.user.get(userid="wg_member") is None
    assert "wg_member" not in world_portal.unrestrictedTraverse(WG).members
    assert world_portal.unrestrictedTraverse(document_path).listCreators() == (FORMER_WORKER,)
    assert session(world_portal, login_of("wg_member"), PASSWORD).get("").status_code in DENIED
    assert next(audit.entries(about=worker.user_id))["action"] == "erased"


@pytest.mark.parametrize("who", [None, "fede_staff", "mm_manager", "nurse_igl"])
def test_only_admins_erase(world_portal, who):
    browser = browser_for(world_portal, who)
    path = "travailleurs/nurse_igl/effacer-les-donnees"
    assert sent_to_login(browser.get(path, allow_redirects=False))
    token = authenticator(browser) if who else ""
    response = browser.post(path, data={"erase": "1", "_authenticator": token}, allow_redirects=False)
    assert sent_to_login(response)
    world_portal._p_jar.sync()
    assert world_portal["travailleurs"]["nurse_igl"].email == login_of("nurse_igl")
