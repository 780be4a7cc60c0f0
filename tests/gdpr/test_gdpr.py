"""GDPR erasure (by an admin, and by the purge script) and the audit log."""

from datetime import date
from datetime import timedelta
from fmm_extranet.gdpr import FORMER_WORKER
from fmm_extranet.people.workers import set_status
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from pathlib import Path
from plone import api
from plone.app.redirector.interfaces import IRedirectionStorage
from tests.accounts.test_requests import DENIED
from tests.accounts.test_requests import session
from zope.component import getUtility
import pytest
import runpy
import sys
import transaction


PURGE_SCRIPT = Path(__file__).parents[2] / "backend" / "scripts" / "gdpr_purge.py"
WG = "groupes-de-travail/gt-ecologie-test"


def erased_profile(portal, former_path_ids):
    """The one Worker whose id is new, i.e. the erased profile under its new id."""
    portal._p_jar.sync()
    (new_id,) = set(portal["travailleurs"].objectIds()) - former_path_ids
    return portal["travailleurs"][new_id]


def test_admin_erases_a_worker(as_user, world_portal):
    member = as_user("wg_member")
    response = member.post(WG, json={"@type": "Document", "title": "Compte rendu du GT"})
    assert response.status_code == 201, response.text
    document_path = response.json()["@id"].split(world_portal.absolute_url() + "/")[1]
    ids_before = set(world_portal["travailleurs"].objectIds()) - {"wg_member"}

    response = as_user("site_admin").post("@workers/wg_member/erase")
    assert response.status_code == 204, response.text

    worker = erased_profile(world_portal, ids_before)
    assert worker.title == FORMER_WORKER
    assert (worker.email, worker.mobile, worker.photo) == (None, None, None)
    assert worker.status == "left" and worker.left_date == date.today()
    assert all(job.email is None and job.phone is None for job in worker.jobs())
    assert worker.jobs()[0].functions  # where they worked stays, anonymously
    assert api.user.get(userid="wg_member") is None
    assert "wg_member" not in world_portal.unrestrictedTraverse(WG).members
    assert "wg_member" not in dict(world_portal.unrestrictedTraverse(WG).get_local_roles())
    document = world_portal.unrestrictedTraverse(document_path)
    assert document.listCreators() == (FORMER_WORKER,)
    catalog = world_portal.portal_catalog
    assert [
        b.getPath()
        for b in catalog.unrestrictedSearchResults(Creator=FORMER_WORKER)
        if b.portal_type == "Document"
    ] == ["/".join(document.getPhysicalPath())]
    assert as_user("fede_staff").get(document_path).status_code == 200
    assert session(world_portal, login_of("wg_member"), PASSWORD).get("").status_code in DENIED
    storage = getUtility(IRedirectionStorage)
    assert not storage.has_path("/plone/travailleurs/wg_member")
    log = as_user("site_admin").get("@audit-log", params={"b_size": 1000}).json()["items"]
    assert "wg_member" not in str(log)
    assert [e["action"] for e in log if e["about"] == worker.user_id][0] == "erased"


@pytest.mark.parametrize("who", [None, "fede_staff", "mm_manager", "wg_member"])
def test_only_admins_erase(as_user, world_portal, who):
    assert as_user(who).post("@workers/nurse_igl/erase").status_code in DENIED
    world_portal._p_jar.sync()
    assert world_portal["travailleurs"]["nurse_igl"].email == login_of("nurse_igl")


def test_erasing_an_unknown_worker_is_404(as_user):
    assert as_user("site_admin").post("@workers/personne/erase").status_code == 404


def run_purge(functional, capsys):
    """backend/scripts/gdpr_purge.py: the scheduler's daily job, run at once."""
    api.portal.set_registry_record("fmm_extranet.public_url", "https://extranet.example.be")
    transaction.commit()
    argv = sys.argv
    sys.argv = ["zconsole", "run", "zope.conf", str(PURGE_SCRIPT)]
    try:
        runpy.run_path(str(PURGE_SCRIPT), init_globals={"app": functional["app"]})
    finally:
        sys.argv = argv
    return capsys.readouterr()


def test_purge_erases_those_who_left_longer_ago_than_the_retention(functional, world_portal, capsys):
    workers = world_portal["travailleurs"]
    workers["left_worker"].left_date = date.today() - timedelta(days=800)
    set_status(workers["nurse_igl"], "left")
    workers["nurse_igl"].left_date = None  # without a date: the transition's date counts
    api.portal.set_registry_record("fmm_extranet.retention_period", 730)
    transaction.commit()
    ids_before = set(workers.objectIds()) - {"left_worker"}

    output = run_purge(functional, capsys)

    assert "plone: 1 former worker(s) anonymised" in output.out
    worker = erased_profile(world_portal, ids_before)
    assert worker.title == FORMER_WORKER
    assert api.user.get(userid="left_worker") is None
    assert workers["nurse_igl"].email == login_of("nurse_igl")  # left today: kept
    assert workers["pending_worker"].email == login_of("pending_worker")
    assert "plone: 0 former worker(s)" in run_purge(functional, capsys).out  # done once


def test_purge_follows_the_retention_setting(functional, world_portal, capsys):
    world_portal["travailleurs"]["left_worker"].left_date = date.today() - timedelta(days=40)
    api.portal.set_registry_record("fmm_extranet.retention_period", 30)
    transaction.commit()
    assert "plone: 1 former worker(s) anonymised" in run_purge(functional, capsys).out


# Audit log


def test_audit_log_records_who_did_what_about_whom(as_user, world_portal, smtp_inbox):
    staff = as_user("fede_staff")
    assert staff.post("@account-requests/pending_worker/approve").status_code == 200
    assert staff.patch(WG, json={"members": ["wg_member", "nurse_igl"]}).status_code == 204
    assert staff.post("travailleurs/gp_igb/@workflow/leave").status_code == 200
    response = as_user("site_admin").get("@audit-log")
    assert response.status_code == 200, response.text
    entries = response.json()["items"]
    recent = [(e["actor"], e["action"], e["about"]) for e in entries[:5]]
    assert ("fede_staff", "status_changed", "gp_igb") in recent
    assert ("fede_staff", "role_granted", "nurse_igl") in recent
    assert ("fede_staff", "approved", "pending_worker") in recent
    assert ("fede_staff", "status_changed", "pending_worker") in recent
    granted = [e for e in entries if e["action"] == "role_granted" and e["about"] == "nurse_igl"][0]
    assert granted["details"]["space_title"] == "GT Écologie"
    assert granted["details"]["field"] == "members"
    assert entries[0]["date"] >= entries[-1]["date"]
    about = as_user("site_admin").get("@audit-log", params={"about": "gp_igb"}).json()
    assert {e["about"] for e in about["items"]} == {"gp_igb"}
    assert about["items"][0]["details"] == {"previous": "active", "status": "left"}


@pytest.mark.parametrize("who", [None, "fede_staff", "gp_igb", "pending_worker"])
def test_only_admins_read_the_audit_log(as_user, who):
    assert as_user(who).get("@audit-log").status_code in DENIED
