"""Using a one-time link: choose a password (and, when activating, another email)."""

from fmm_extranet import _
from fmm_extranet.accounts import audit
from fmm_extranet.accounts import now
from fmm_extranet.accounts import tokens
from fmm_extranet.accounts.links import account_holder
from fmm_extranet.accounts.links import send_reset
from fmm_extranet.accounts.links import tell_holder_of_taken_email
from fmm_extranet.accounts.person import read_email
from fmm_extranet.accounts.ratelimit import limit_attempts
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.accounts.workers import ADDED_BY_TEAM
from fmm_extranet.accounts.workers import CLOSED_STATUSES
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.people.workers import set_status
from fmm_extranet.people.workers import worker_of
from plone import api


ACTIVATED = _("Your password is saved: you may sign in with your email address.")
RESET_SENT = _(
    "If an active account uses this address, an email with a link to choose a new "
    "password is on its way. Check your spam folder too."
)


def password_problem(password):
    """Why the site's password policy refuses ``password``, or None."""
    if not isinstance(password, str) or not password:
        return _("This field is required.")
    return api.portal.get_tool("portal_registration").testPasswordValidity(password)


def change_email(worker, email):
    """The reference email: the login, the account's email and the Worker's."""
    acl_users = api.portal.get_tool("acl_users")
    acl_users.updateLoginName(worker.user_id, email)
    api.user.get(userid=worker.user_id).setMemberProperties({"email": email})
    worker.email = email
    worker.reindexObject()
    audit.record("email_changed", worker.user_id)


def needs_consent(worker, purpose):
    """Workers added by their team consent when they activate (requesters did when asking)."""
    record = read_account_record(worker)
    return (
        purpose == tokens.ACTIVATION and record.get("origin") == ADDED_BY_TEAM and not record.get("consent")
    )


def activate(data):
    """Set the password of the link's account; a pending account becomes active.

    Only an activation link may change the email address. When another account
    uses the chosen address, the account keeps its own and the holder of the
    chosen one is mailed: no refusal says that the address has an account (a
    refused link stays valid, for guess after guess); the activated account's
    login, which its owner must know, shows it once per link. Not rate-limited:
    a token cannot be guessed, and a whole team may activate from one address.
    """
    errors = FieldErrors()
    entry = tokens.redeem(data.get("token"))
    worker = worker_of(entry["user_id"]) if entry else None
    if worker is None or worker.status in CLOSED_STATUSES:
        errors.add("token", _("This link is not valid any more: ask for a new one."))
        errors.refuse_if_any()
    password = data.get("password")
    problem = password_problem(password)
    if problem:
        errors.add("password", problem)
    email = data.get("email")
    if email not in (None, "") and str(email).strip().lower() != worker.email:
        if entry["purpose"] == tokens.ACTIVATION:
            email = read_email(email, errors)
        else:
            errors.add("email", _("The email address can only be changed while activating the account."))
    else:
        email = None
    consent_needed = needs_consent(worker, entry["purpose"])
    if consent_needed and data.get("consent") is not True:
        errors.add("consent", _("Your consent to the processing of your data is required."))
    errors.refuse_if_any()
    holder = account_holder(email, except_user=worker.user_id) if email else None
    if holder is not None:
        tell_holder_of_taken_email(*holder)
        email = None

    api.portal.get_tool("acl_users").userSetPassword(worker.user_id, password)
    if email:
        change_email(worker, email)
    record = account_record(worker)
    record.setdefault("activated", now())
    if consent_needed:
        record["consent"] = now()
    if worker.status == "pending":
        set_status(worker, "active")
    audit.record(
        "activated" if entry["purpose"] == tokens.ACTIVATION else "password_reset",
        worker.user_id,
    )
    return worker


def request_reset(data, request):
    """Mail a new-password link when an active worker signs in with this email.

    The answer never tells whether such an account exists.
    """
    limit_attempts(request, data.get("email"))
    errors = FieldErrors()
    email = read_email(data.get("email"), errors)
    errors.refuse_if_any()
    acl_users = api.portal.get_tool("acl_users")
    for user in acl_users.searchUsers(login=email, exact_match=True):
        worker = worker_of(user["id"])
        if worker is not None and worker.status == "active":
            send_reset(worker)
