"""An MM's team, as its managers see it: staff, account status, invitations."""

from fmm_extranet.accounts import audit
from fmm_extranet.accounts import tokens
from fmm_extranet.accounts.links import send_invitation
from fmm_extranet.accounts.person import read_person
from fmm_extranet.accounts.workers import account_status
from fmm_extranet.accounts.workers import ACTIVE
from fmm_extranet.accounts.workers import ADDED_BY_TEAM
from fmm_extranet.accounts.workers import CLOSED_STATUSES
from fmm_extranet.accounts.workers import open_account
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.accounts.workers import set_status
from fmm_extranet.core.errors import deny
from fmm_extranet.core.errors import FieldErrors
from plone import api
from zExceptions import NotFound


def ensure_team_manager(house):
    """The MM's managers (and the staff) may edit it: they manage its team."""
    if not api.user.has_permission("Modify portal content", obj=house):
        deny()


def team(house):
    """The workers holding a job at this MM, except those who left or were rejected."""
    catalog = api.portal.get_tool("portal_catalog")
    workers = (
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(
            portal_type="Worker", fmm_workplaces=house.UID(), sort_on="sortable_title"
        )
    )
    return [w for w in workers if w.status not in CLOSED_STATUSES]


def team_member(house, worker_id):
    for worker in team(house):
        if worker.getId() == worker_id:
            return worker
    raise NotFound(worker_id)


def jobs_at(worker, house):
    return [job for job in worker.jobs() if job.workplace == house.UID()]


def member_summary(worker, house):
    invited = read_account_record(worker).get("invited")
    return {
        "@id": worker.absolute_url(),
        "id": worker.getId(),
        "first_name": worker.first_name,
        "last_name": worker.last_name,
        "functions": [title for job in jobs_at(worker, house) for title in job.function_titles()],
        "email": worker.email,
        "status": worker.status,
        "account": account_status(worker),
        "invited": invited.isoformat() if invited else None,
    }


def invite(house, worker_ids=None):
    """Mail an activation link to every member (or the listed ones) not active yet."""
    invited = []
    for worker in team(house):
        if account_status(worker) == ACTIVE:
            continue
        if worker_ids is not None and worker.getId() not in worker_ids:
            continue
        send_invitation(worker, house)
        audit.record("invited", worker.user_id, house=house.UID())
        invited.append(worker)
    return invited


def add_member(house, data):
    """A pending worker with a job at this MM, active once they use their invitation."""
    errors = FieldErrors()
    person = read_person(data, errors)
    errors.refuse_if_any()
    worker = open_account(person, house.UID(), ADDED_BY_TEAM)
    audit.record("team_member_added", worker.user_id, house=house.UID())
    return worker


def mark_left(house, worker):
    """The worker left this MM: their job here goes, or, without other jobs, they left."""
    jobs_here = jobs_at(worker, house)
    if len(jobs_here) < len(worker.jobs()):
        with api.env.adopt_roles(["Manager"]):
            api.content.delete(objects=jobs_here, check_linkintegrity=False)
    else:
        set_status(worker, "left")
        tokens.revoke(worker.user_id)
    audit.record("left_team", worker.user_id, house=house.UID())
