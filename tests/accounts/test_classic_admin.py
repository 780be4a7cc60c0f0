"""The administrators' classic pages: the audit log and erasure (the rules of
@audit-log and @workers/<id>/erase), through real HTTP as the people of the test world."""

from fmm_extranet.accounts import audit
from fmm_extranet.accounts.browser.audit import BATCH_SIZE
from fmm_extranet.gdpr import FORMER_WORKER
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from plone import api
from tests.accounts.test_requests import DENIED
from tests.accounts.test_requests import session
from tests.accounts.test_team import add_member
from tests.accounts.test_team import MARROLLES_TEAM
from tests.gdpr.test_gdpr import erased_profile
from tests.gdpr.test_gdpr import WG
from tests.helpers import browser_for
from tests.helpers import page
from tests.helpers import submit_form
import pytest
import transaction


AUDIT_LOG = "journal-d-audit"


def status_message(response):
    return " ".join(m.text_content() for m in page(response).cssselect(".portalMessage"))


def authenticator(browser):
    """The signed-in user's CSRF token, read from a page they may open."""
    form = page(browser.get("@@personal-information"))
    return form.cssselect('input[name="_authenticator"]')[0].get("value")


def sent_to_login(response):
    """Plone's answer to a missing Zope permission: the login, which then tells a
    signed-in user that their privileges are insufficient."""
    return response.status_code == 302 and "require_login" in response.headers["Location"]


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


def test_admins_read_the_audit_log_and_filter_it(as_user, world_portal, smtp_inbox):
    sacha = add_member(as_user)
    manager = as_user("mm_manager")
    assert manager.post(f"{MARROLLES_TEAM}/invite").status_code == 200
    assert manager.post(f"{MARROLLES_TEAM}/wg_member/left").status_code == 204
    world_portal._p_jar.sync()
    sacha = world_portal["travailleurs"][sacha["id"]]
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
