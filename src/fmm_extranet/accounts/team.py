"""A team, as its managers see it: staff, account status, invitations, delegation.

A team is the staff of a workplace: a medical house, managed by its managers and
their delegates (and the federation staff), or the federation itself (the site
root), managed by the federation staff.
"""

from fmm_extranet import _
from fmm_extranet import FEDERATION
from fmm_extranet.accounts import audit
from fmm_extranet.accounts import now
from fmm_extranet.accounts import tokens
from fmm_extranet.accounts.activation import change_email
from fmm_extranet.accounts.links import send_invitation
from fmm_extranet.accounts.person import clean_new_email
from fmm_extranet.accounts.person import read_person
from fmm_extranet.accounts.workers import account_status
from fmm_extranet.accounts.workers import ACTIVE
from fmm_extranet.accounts.workers import ADDED_BY_TEAM
from fmm_extranet.accounts.workers import CLOSED_STATUSES
from fmm_extranet.accounts.workers import open_account
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.core.errors import Conflict
from fmm_extranet.core.errors import deny
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.errors import translated
from fmm_extranet.core.vocabularies import FEDERATION_LABEL
from fmm_extranet.medical_houses.content import IMedicalHouse
from fmm_extranet.people.workers import set_status
from persistent.mapping import PersistentMapping
from plone import api
from plone.base.interfaces import IPloneSiteRoot
from plone.restapi.interfaces import ISerializeToJsonSummary
from zExceptions import NotFound
from zope.annotation.interfaces import IAnnotations
from zope.event import notify
from zope.i18nmessageid import Message
from zope.interface import implementer
from zope.lifecycleevent import Attributes
from zope.lifecycleevent import ObjectModifiedEvent


#: The permission of the federation staff (and admins) on the site: they manage its team.
MANAGE_FEDERATION_TEAM = "fmm_extranet: Manage worker status"
#: On a medical house: {user id: {"by": user id, "date": datetime}} of its delegates.
DELEGATIONS_KEY = "fmm_extranet.delegations"
#: A member's part in managing the house.
MANAGER = "manager"
DELEGATE = "delegate"

NO_DELEGATION_AT_FEDERATION = _(
    "The federation's team is managed by its staff: there is nothing to delegate."
)
NOT_ACTIVE_YET = _("Only a member whose account is active can manage the medical house.")
ALREADY_MANAGER = _("${name} already manages the medical house.")
NOT_A_DELEGATE = _(
    "${name} was not delegated the management: the managers of the medical house are "
    "changed by the federation on its page."
)
EMAIL_OF_ACTIVE_ACCOUNT = _("The email of an active account is changed by its holder, in their profile.")
NOT_YOURSELF = _("You cannot mark yourself as having left: ask another manager or the federation.")


def is_federation(place):
    return IPloneSiteRoot.providedBy(place)


def workplace_of(place):
    """The ``Job.workplace`` of the team's staff: the house's UID, or ``federation``."""
    return FEDERATION if is_federation(place) else place.UID()


def team_title(place):
    return translated(FEDERATION_LABEL) if is_federation(place) else place.Title()


def may_manage_team(place):
    """The house's managers and delegates (who may edit it) and the staff; the staff for the federation."""
    if is_federation(place):
        return api.user.has_permission(MANAGE_FEDERATION_TEAM, obj=place)
    return api.user.has_permission("Modify portal content", obj=place)


def ensure_team_manager(place):
    if not may_manage_team(place):
        deny()


def managed_teams():
    """The teams the current user manages: the federation's (staff) first, then houses by name."""
    portal = api.portal.get()
    catalog = api.portal.get_tool("portal_catalog")
    if may_manage_team(portal):
        brains = catalog.unrestrictedSearchResults(portal_type="MedicalHouse")
        houses = (brain._unrestrictedGetObject() for brain in brains)
        return [portal, *sorted(houses, key=lambda house: house.Title().lower())]
    user_id = api.user.get_current().getId()
    brains = catalog.unrestrictedSearchResults(
        portal_type="MedicalHouse", fmm_space_people=user_id, sort_on="sortable_title"
    )
    houses = (brain._unrestrictedGetObject() for brain in brains)
    return [house for house in houses if may_manage_team(house)]


@implementer(ISerializeToJsonSummary)
class TeamSummary:
    """What a team is (named ``team``): a medical house, or the federation's staff."""

    def __init__(self, place, request):
        self.place = place

    def __call__(self):
        return {
            "@id": self.place.absolute_url(),
            "uid": workplace_of(self.place),
            "title": team_title(self.place),
            "federation": is_federation(self.place),
        }


def team(place):
    """The workers holding a job at this workplace, except those who left or were rejected."""
    catalog = api.portal.get_tool("portal_catalog")
    workers = (
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(
            portal_type="Worker", fmm_workplaces=workplace_of(place), sort_on="sortable_title"
        )
    )
    return [w for w in workers if w.status not in CLOSED_STATUSES]


def team_member(place, worker_id):
    for worker in team(place):
        if worker.getId() == worker_id:
            return worker
    raise NotFound(worker_id)


def jobs_at(worker, place):
    return [job for job in worker.jobs() if job.workplace == workplace_of(place)]


def masked_email(email):
    """``s…@e…`` (SPEC rule 8: the email of an active account is not shown)."""
    local, _sep, domain = (email or "").partition("@")
    return f"{local[:1]}…@{domain[:1]}…"


def delegations(house, create=False):
    annotations = IAnnotations(house)
    if DELEGATIONS_KEY not in annotations:
        if not create:
            return {}
        annotations[DELEGATIONS_KEY] = PersistentMapping()
    return annotations[DELEGATIONS_KEY]


def management_of(worker, place):
    """``manager``, ``delegate`` or None: the member's part in managing the house."""
    if is_federation(place) or worker.user_id not in (place.managers or []):
        return None
    return DELEGATE if worker.user_id in delegations(place) else MANAGER


@implementer(ISerializeToJsonSummary)
class TeamMemberSummary:
    """A member as their managers see them within a team (named ``team-member``): the
    email only until the account is active (SPEC rule 8)."""

    def __init__(self, worker, place, request):
        self.worker = worker
        self.place = place

    def __call__(self):
        worker, place = self.worker, self.place
        invited = read_account_record(worker).get("invited")
        account = account_status(worker)
        return {
            "@id": worker.absolute_url(),
            "id": worker.getId(),
            "first_name": worker.first_name,
            "last_name": worker.last_name,
            "functions": [title for job in jobs_at(worker, place) for title in job.function_titles()],
            "email": masked_email(worker.email) if account == ACTIVE else worker.email,
            "email_masked": account == ACTIVE,
            "status": worker.status,
            "account": account,
            "invited": invited.isoformat() if invited else None,
            "management": management_of(worker, place),
            "is_me": worker.user_id == api.user.get_current().getId(),
        }


def invite(place, worker_ids=None):
    """Mail an activation link to every member (or the listed ones) not active yet."""
    invited = []
    for worker in team(place):
        if account_status(worker) == ACTIVE:
            continue
        if worker_ids is not None and worker.getId() not in worker_ids:
            continue
        send_invitation(worker, team_title(place))
        audit.record("invited", worker.user_id, house=workplace_of(place))
        invited.append(worker)
    return invited


def add_member(place, data):
    """A pending worker with a job here, active once they use their invitation."""
    errors = FieldErrors()
    person = read_person(data, errors)
    errors.refuse_if_any()
    worker = open_account(person, workplace_of(place), ADDED_BY_TEAM)
    audit.record("team_member_added", worker.user_id, house=workplace_of(place))
    return worker


def correct_email(place, worker, data):
    """A wrong email of a member not active yet is corrected, and the invitation re-sent there.

    The link sent to the old address stops working.
    """
    if account_status(worker) == ACTIVE:
        raise Conflict(EMAIL_OF_ACTIVE_ACCOUNT)
    errors = FieldErrors()
    email = clean_new_email(data.get("email"), errors, except_user=worker.user_id)
    errors.refuse_if_any()
    if email != worker.email:
        change_email(worker, email)
    send_invitation(worker, team_title(place))
    audit.record("invited", worker.user_id, house=workplace_of(place))
    return worker


def set_managers(house, managers):
    """New managers for the house: its local roles follow (access.subscribers)."""
    house.managers = managers
    notify(ObjectModifiedEvent(house, Attributes(IMedicalHouse, "managers")))


def delegate(place, worker):
    """The member manages the house too, until a manager takes it back."""
    if is_federation(place):
        raise Refusal(NO_DELEGATION_AT_FEDERATION)
    if worker.status != "active":
        raise Conflict(NOT_ACTIVE_YET)
    managers = list(place.managers or [])
    if worker.user_id in managers:
        raise Conflict(Message(ALREADY_MANAGER, mapping={"name": worker.title}))
    delegations(place, create=True)[worker.user_id] = {
        "by": api.user.get_current().getId(),
        "date": now(),
    }
    set_managers(place, [*managers, worker.user_id])


def take_back(place, worker):
    """The member's delegation ends; the house's own managers stay."""
    if is_federation(place):
        raise Refusal(NO_DELEGATION_AT_FEDERATION)
    if management_of(worker, place) != DELEGATE:
        raise Conflict(Message(NOT_A_DELEGATE, mapping={"name": worker.title}))
    withdraw_delegation(place, worker.user_id)


def withdraw_delegation(house, user_id):
    del delegations(house)[user_id]
    set_managers(house, [m for m in house.managers or [] if m != user_id])


def mark_left(place, worker):
    """The worker left this workplace: their job here goes, or, without other jobs, they left.

    A delegation they held ends; without other jobs they lose every access at once.
    """
    if worker.user_id == api.user.get_current().getId():
        raise Conflict(NOT_YOURSELF)
    jobs_here = jobs_at(worker, place)
    if not is_federation(place) and worker.user_id in delegations(place):
        withdraw_delegation(place, worker.user_id)
    if len(jobs_here) < len(worker.jobs()):
        with api.env.adopt_roles(["Manager"]):
            api.content.delete(objects=jobs_here, check_linkintegrity=False)
    else:
        set_status(worker, "left")
        tokens.revoke(worker.user_id)
    audit.record("left_team", worker.user_id, house=workplace_of(place))
