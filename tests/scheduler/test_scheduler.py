"""The scheduler: due jobs run once per period, as the system user, with links on the
public address; the activity reminders two days before."""

from AccessControl.SecurityManagement import getSecurityManager
from datetime import datetime
from datetime import timedelta
from datetime import UTC
from fmm_extranet.registrations.reminders import REGISTRATION_ANCHOR
from fmm_extranet.scheduler import IScheduledJob
from fmm_extranet.scheduler import last_run
from fmm_extranet.scheduler import tick
from fmm_extranet.scheduler import use_public_address
from fmm_extranet.testing import login_of
from plone import api
from plone.registry.interfaces import IRegistry
from tests.registrations.test_registrations import create_activity
from tests.registrations.test_registrations import in_days
from tests.registrations.test_registrations import register
from zope.component import getGlobalSiteManager
from zope.component import getUtility
from zope.interface import implementer
import pytest
import threading
import transaction


PUBLIC = "https://extranet.example.be/fmm"
JOBS = {
    "activity_reminders",
    "digests",
    "gdpr_retention_purge",
    "newsletter_sending",
    "overdue_request_reminders",
}
#: The jobs of every round.
EVERY_ROUND = {"activity_reminders", "newsletter_sending"}


@pytest.fixture
def public_address(world_portal):
    api.portal.set_registry_record("fmm_extranet.public_url", PUBLIC + "/")
    transaction.commit()


@pytest.fixture
def soon(world_portal, as_user, smtp_inbox, public_address):
    """An activity in 47 hours, nurse_igl and gp_igb confirmed, wg_member cancelled."""
    staff = as_user("fede_staff")
    url = create_activity(staff, title="Atelier du jeudi", start=in_days(0, 47), end=in_days(0, 49))
    later = create_activity(staff, title="Atelier plus tard", start=in_days(3), end=in_days(3, 2))
    for user_id in ("nurse_igl", "gp_igb", "wg_member"):
        assert register(as_user(user_id), url).status_code == 201
    assert register(as_user("nurse_igl"), later).status_code == 201
    assert as_user("wg_member").delete(f"{url}/@registration").status_code in (200, 204)
    smtp_inbox.wait_for(5)
    smtp_inbox.clear()
    return url


def body(message):
    return message.get_body(("plain",)).get_content()


def test_participants_are_reminded_once_with_links_on_the_public_address(
    functional, world_portal, soon, smtp_inbox
):
    started = datetime.now(UTC)
    summaries = tick(functional["app"])

    # a job found not due says when it last ran (seen once in CI: all but the first)
    assert set(summaries["plone"]) == JOBS, (started, {name: last_run(world_portal, name) for name in JOBS})
    assert summaries["plone"]["activity_reminders"] == "2 participant(s) reminded of 1 activity(ies)"
    reminders = smtp_inbox.wait_for(2)
    assert sorted(m["To"] for m in reminders) == sorted(login_of(u) for u in ("nurse_igl", "gp_igb"))
    text = body(reminders[0])
    activity_url = f"{PUBLIC}/agenda/{soon.rsplit('/', 1)[1]}"
    assert reminders[0]["Subject"].startswith("Rappel : Atelier du jeudi")
    assert activity_url in text.splitlines()
    assert f"{activity_url}#{REGISTRATION_ANCHOR}" in text
    assert "nohost" not in text and soon.split("/agenda/")[0] not in text  # not the backend's

    # The next round reminds nobody again; a day later, the next activity's participant.
    assert tick(functional["app"]) == {
        "plone": {
            "activity_reminders": "0 participant(s) reminded of 0 activity(ies)",
            "newsletter_sending": "0 mail(s) of 0 newsletter(s)",
        }
    }
    later = datetime.now(UTC) + timedelta(days=1, hours=2)
    assert (
        tick(functional["app"], later)["plone"]["activity_reminders"]
        == "1 participant(s) reminded of 1 activity(ies)"
    )
    (third,) = smtp_inbox.wait_for(3)[2:]
    assert third["To"] == login_of("nurse_igl")
    assert third["Subject"].startswith("Rappel : Atelier plus tard")
    assert len(smtp_inbox.messages) == 3


def test_each_job_runs_once_per_period(functional, world_portal, public_address):
    first = datetime.now(UTC)
    assert set(tick(functional["app"], first)["plone"]) == JOBS
    assert set(tick(functional["app"], first + timedelta(minutes=59))["plone"]) == {*EVERY_ROUND, "digests"}
    assert set(tick(functional["app"], first + timedelta(hours=1))["plone"]) == {
        *EVERY_ROUND,
        "overdue_request_reminders",
    }
    assert set(tick(functional["app"], first + timedelta(days=1))["plone"]) == JOBS
    assert last_run(world_portal, "gdpr_retention_purge") == first + timedelta(days=1)


def test_without_a_public_address_no_job_runs(functional, world_portal, soon, smtp_inbox):
    getUtility(IRegistry)["fmm_extranet.public_url"] = None
    transaction.commit()
    assert tick(functional["app"]) == {}
    assert last_run(world_portal, "activity_reminders") is None
    assert smtp_inbox.messages == []


def test_the_jobs_run_as_the_system_user_and_give_the_caller_back(functional, world_portal, public_address):
    seen = []

    @implementer(IScheduledJob)
    class Probe:
        name, period = "probe", timedelta(0)

        def run(self, site, now):
            user = getSecurityManager().getUser()
            seen.append((user.getId(), user.has_role("Manager"), site.absolute_url(), api.portal.get()))
            return "looked"

    registry = getGlobalSiteManager()
    registry.registerUtility(Probe(), IScheduledJob, name="probe")
    try:
        caller = api.user.get_current().getId()
        assert tick(functional["app"])["plone"]["probe"] == "looked"
    finally:
        registry.unregisterUtility(provided=IScheduledJob, name="probe")
    assert seen == [("fmm-scheduler", True, PUBLIC, world_portal)]
    assert api.user.get_current().getId() == caller
    assert api.portal.get() == world_portal


def test_two_processes_running_a_job_at_once_commit_it_once(functional, world_portal, public_address):
    """Both rounds read the job as due; the second commit conflicts and is undone."""
    both_ran = threading.Barrier(2, timeout=20)
    runs = []

    @implementer(IScheduledJob)
    class Slow:
        name, period = "slow", timedelta(hours=1)

        def run(self, site, now):
            runs.append(now)
            both_ran.wait()
            return "done"

    registry = getGlobalSiteManager()
    registry.registerUtility(Slow(), IScheduledJob, name="slow")
    db = world_portal._p_jar.db()
    results = []

    def one_process():
        connection = db.open()
        try:
            results.append(tick(connection.root()["Application"])["plone"].get("slow"))
        finally:
            transaction.abort()
            connection.close()

    try:
        threads = [threading.Thread(target=one_process) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        registry.unregisterUtility(provided=IScheduledJob, name="slow")
    assert len(runs) == 2
    assert sorted(results, key=str) == [None, "done"]  # the other one conflicted


def test_no_scheduler_thread_ticks_beside_the_tests(functional):
    """plone.testing's WSGI server starts Zope as runwsgi does (IProcessStarting): the
    scheduler's thread would tick the tests' database every minute, beside the tests that
    tick it themselves (seen in CI: jobs not due, or a run undone by a conflict)."""
    assert "fmm-scheduler" not in {thread.name for thread in threading.enumerate()}


def test_use_public_address_keeps_a_path(world_portal, public_address):
    request = world_portal.REQUEST.clone()
    use_public_address(world_portal, request)
    assert request.physicalPathToURL(world_portal["agenda"].getPhysicalPath()) == f"{PUBLIC}/agenda"
