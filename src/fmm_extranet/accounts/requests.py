"""Account requests: anyone may ask; intergroup coordinators and the staff decide.

A request is a pending Worker (with its Job) whose account nobody can use yet.
Approving it makes the worker active and mails a link to choose a password;
rejecting it keeps the profile, without any access, and mails the reason.
"""

from datetime import timedelta
from fmm_extranet import _
from fmm_extranet.accounts import audit
from fmm_extranet.accounts import now
from fmm_extranet.accounts import setting
from fmm_extranet.accounts import tokens
from fmm_extranet.accounts.links import account_holder
from fmm_extranet.accounts.links import send_validation
from fmm_extranet.accounts.links import tell_holder_of_request
from fmm_extranet.accounts.person import clean_functions
from fmm_extranet.accounts.person import clean_name
from fmm_extranet.accounts.person import clean_requested_workplace
from fmm_extranet.accounts.person import read_email
from fmm_extranet.accounts.ratelimit import limit_attempts
from fmm_extranet.accounts.reviewers import NEW_REQUEST_BODY
from fmm_extranet.accounts.reviewers import NEW_REQUEST_SUBJECT
from fmm_extranet.accounts.reviewers import tell_reviewers
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.accounts.workers import ADDED_BY_TEAM
from fmm_extranet.accounts.workers import find_worker
from fmm_extranet.accounts.workers import open_account
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.accounts.workers import REQUESTED
from fmm_extranet.core import mail
from fmm_extranet.core.errors import Conflict
from fmm_extranet.core.errors import deny
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.people.workers import set_status
from plone import api
from plone.restapi.interfaces import ISerializeToJsonSummary
from zExceptions import Forbidden
from zExceptions import Unauthorized
from zope.i18nmessageid import Message
from zope.interface import implementer


REASON_MAX_LENGTH = 2000
MANAGE_WORKER_STATUS = "fmm_extranet: Manage worker status"

RECEIVED = _(
    "Your request has been received. You will get an email within two days, once it has been checked."
)

REJECTION_SUBJECT = _("Your extranet account request")
REJECTION_BODY = _(
    "Hello ${name},\n\n"
    "Your request for an account on the extranet of the medical houses was not "
    "accepted, for this reason:\n\n${reason}\n\n"
    "For any question, contact the coordinator of your intergroup.\n"
)


def read_requester(data, errors):
    """Names, email and functions of a request; problems go to ``errors``.

    Unlike ``read_person``, an email that an account already uses is no error:
    the answer must not tell whether an email has an account.
    """
    return {
        "first_name": clean_name(data.get("first_name"), "first_name", errors),
        "last_name": clean_name(data.get("last_name"), "last_name", errors),
        "email": read_email(data.get("email"), errors),
        "functions": clean_functions(data.get("functions"), errors),
    }


def submit_request(data, request):
    """A pending worker, from what an anonymous visitor filled in.

    For an email that an account already uses, nothing is created: the holder of
    that account is mailed instead, and None is returned. Callers answer both
    cases alike, so that nobody learns from the answer whether an email has an account.
    """
    limit_attempts(request, data.get("email"))
    errors = FieldErrors()
    person = read_requester(data, errors)
    workplace, remark = clean_requested_workplace(data, errors)
    if data.get("consent") is not True:
        errors.add("consent", _("Your consent to the processing of your data is required."))
    errors.refuse_if_any()
    holder = account_holder(person["email"])
    if holder is not None:
        user, known = holder
        tell_holder_of_request(user, known)
        audit.record("account_requested", user.getId(), existing_account=True)
        return None
    worker = open_account(person, workplace, REQUESTED)
    record = account_record(worker)
    record["consent"] = now()
    if remark:  # the house is not in the list: a job without workplace, for the staff to review
        record["workplace_remark"] = remark
    audit.record("account_requested", worker.user_id)
    tell_reviewers(worker, intergroups_of(worker), NEW_REQUEST_SUBJECT, NEW_REQUEST_BODY)
    return worker


def review_scope():
    """None when the user reviews every request, else the intergroup codes they coordinate.

    Anyone else is denied.
    """
    if api.user.is_anonymous():
        deny()
    if api.user.has_permission(MANAGE_WORKER_STATUS, obj=api.portal.get()):
        return None
    user_id = api.user.get_current().getId()
    catalog = api.portal.get_tool("portal_catalog")
    intergroups = (
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="Intergroup", fmm_space_people=user_id)
    )
    codes = {ig.code for ig in intergroups if user_id in (ig.coordinators or [])}
    if not codes:
        deny()
    return codes


def is_reviewer():
    """Whether the current user decides on some account requests (staff, admins, coordinators)."""
    try:
        review_scope()
    except (Forbidden, Unauthorized):
        return False
    return True


def intergroups_of(worker):
    houses = (job.workplace_object() for job in worker.jobs())
    return {house.intergroup for house in houses if house is not None}


def in_scope(worker, scope):
    return scope is None or bool(intergroups_of(worker) & scope)


def is_request(worker):
    return worker.status == "pending" and read_account_record(worker).get("origin") != ADDED_BY_TEAM


def pending_requests(scope):
    """The requests awaiting a decision within ``scope``: the overdue ones first, then the oldest."""
    catalog = api.portal.get_tool("portal_catalog")
    workers = (
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(
            portal_type="Worker", review_state="pending", sort_on="created"
        )
    )
    requests = [w for w in workers if is_request(w) and in_scope(w, scope)]
    return sorted(requests, key=lambda w: (not is_overdue(w), requested_on(w)))


def requested_on(worker):
    return read_account_record(worker).get("requested") or worker.created().asdatetime()


def is_overdue(worker):
    """Waiting for longer than the approval delay of the settings (48 hours)."""
    return requested_on(worker) < now() - timedelta(hours=setting("approval_delay"))


@implementer(ISerializeToJsonSummary)
class AccountRequestSummary:
    """A request as its reviewers see it (named ``account-request``): the email included
    (SPEC rule 8), where the person says they work, since when they wait."""

    def __init__(self, worker, request):
        self.worker = worker

    def __call__(self):
        worker = self.worker
        return {
            "@id": worker.absolute_url(),
            "id": worker.getId(),
            "first_name": worker.first_name,
            "last_name": worker.last_name,
            "email": worker.email,
            "jobs": [
                {
                    "workplace": job.workplace,
                    "workplace_title": job.workplace_title(),
                    "functions": job.function_titles(),
                }
                for job in worker.jobs()
            ],
            "workplace_remark": read_account_record(worker).get("workplace_remark"),
            "requested": requested_on(worker).isoformat(),
            "overdue": is_overdue(worker),
        }


def decidable(worker_id):
    """The request of this worker, when the current user may decide on it, and it waits."""
    scope = review_scope()
    worker = find_worker(worker_id)
    if not in_scope(worker, scope):
        deny()
    if not is_request(worker):
        raise Conflict(_("This request has already been handled."))
    return worker


def approve(worker):
    """Activate a request; the transition mails the activation link (request_decided)."""
    set_status(worker, "active")


def reject(worker, reason):
    """Reject a request; the transition mails the reason (request_decided)."""
    set_status(worker, "rejected", comment=rejection_reason(reason))


def rejection_reason(reason):
    """The reason sent to the person: required, at most 2000 characters."""
    reason = reason.strip() if isinstance(reason, str) else ""
    errors = FieldErrors()
    if not reason:
        errors.add("reason", _("Give the reason of the rejection: it is sent to the person."))
    elif len(reason) > REASON_MAX_LENGTH:
        errors.add("reason", _("The reason has at most 2000 characters."))
    errors.refuse_if_any()
    return reason


def request_decided(worker, event):
    """A request leaves "pending" (the services, ``@workflow`` or the state menu):
    approved, the person gets the activation link; rejected, the reason given as the
    transition's comment."""
    if event.old_state.getId() != "pending" or read_account_record(worker).get("origin") == ADDED_BY_TEAM:
        return
    if event.new_state.getId() == "active":
        send_validation(worker)
        audit.record("approved", worker.user_id)
    elif event.new_state.getId() == "rejected":
        reason = rejection_reason((event.status or {}).get("comments"))
        tokens.revoke(worker.user_id)
        mapping = {"name": worker.first_name, "reason": reason}
        mail.send(worker.email, REJECTION_SUBJECT, Message(REJECTION_BODY, mapping=mapping))
        audit.record("rejected", worker.user_id, reason=reason)
