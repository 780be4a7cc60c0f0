"""Workers as accounts: lookup, status changes, and what the account went through."""

from fmm_extranet.accounts import now
from fmm_extranet.accounts import WORKERS_FOLDER
from fmm_extranet.accounts.user_ids import new_user_id
from fmm_extranet.people.workers import create_worker
from fmm_extranet.people.workers import worker_of
from persistent.mapping import PersistentMapping
from plone import api
from zExceptions import NotFound
from zope.annotation.interfaces import IAnnotations
import secrets


RECORD_KEY = "fmm_extranet.account"
#: How an account came to be: an anonymous request, or an MM manager's team list.
REQUESTED = "request"
ADDED_BY_TEAM = "team"
#: Account statuses shown to MM managers.
ACTIVE = "active"
INVITED = "invited"
WILL_RECEIVE_INVITATION = "will_receive_invitation"
#: Statuses whose workers have no access and receive no link.
CLOSED_STATUSES = ("rejected", "left")


def account_record(worker):
    """What the account went through: origin, requested, consent, invited, activated…"""
    annotations = IAnnotations(worker)
    if RECORD_KEY not in annotations:
        annotations[RECORD_KEY] = PersistentMapping()
    return annotations[RECORD_KEY]


def read_account_record(worker):
    return IAnnotations(worker).get(RECORD_KEY, {})


def account_status(worker):
    """``active``, ``invited`` (a link was sent) or ``will_receive_invitation``.

    Accounts made outside the invitation flow count as active when the worker is.
    """
    record = read_account_record(worker)
    if record.get("activated"):
        return ACTIVE
    if record.get("invited"):
        return INVITED
    return ACTIVE if worker.status == "active" else WILL_RECEIVE_INVITATION


def find_worker(worker_id):
    """The Worker with this id, whoever asks; 404 when there is none."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="Worker", id=worker_id)
    if not brains:
        raise NotFound(worker_id)
    return brains[0]._unrestrictedGetObject()


def current_worker():
    """The Worker profile of the signed-in user; 404 when they have none."""
    worker = worker_of(api.user.get_current().getId())
    if worker is None:
        raise NotFound("No worker profile for this account.")
    return worker


def open_account(person, workplace, origin):
    """A pending Worker with one Job, and an account nobody knows the password of.

    The user id is random: neither the email nor the name can be read from it.
    """
    user_id = new_user_id()
    with api.env.adopt_roles(["Manager"]):
        worker = create_worker(
            api.portal.get()[WORKERS_FOLDER],
            user_id,
            person["email"],
            first_name=person["first_name"],
            last_name=person["last_name"],
            jobs=[(workplace, person["functions"])],
            status="pending",
            password=secrets.token_urlsafe(32),
        )
    account_record(worker).update(origin=origin, requested=now())
    return worker
