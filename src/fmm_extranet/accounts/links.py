"""Emails carrying a one-time link (account validation, team invitation, new password),
and the notices to the holder of an email that someone else typed."""

from fmm_extranet import _
from fmm_extranet.accounts import now
from fmm_extranet.accounts import setting
from fmm_extranet.accounts import tokens
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.accounts.workers import ADDED_BY_TEAM
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.core import mail
from fmm_extranet.people.workers import worker_of
from plone import api
from zope.i18nmessageid import Message


#: The frontend pages that receive the token and post it to @account-activation.
LINK_PAGES = {tokens.ACTIVATION: "activer-mon-compte", tokens.RESET: "nouveau-mot-de-passe"}

VALIDATION_SUBJECT = _("Your extranet account has been approved")
VALIDATION_BODY = _(
    "Hello ${name},\n\n"
    "Your request for an account on the extranet of the medical houses has been "
    "approved. Choose your password with this link, valid ${hours} hours and once "
    "only:\n\n${link}\n\nYou will sign in with your email address: ${login}\n"
)
INVITATION_SUBJECT = _("Your access to the extranet")
INVITATION_BODY = _(
    "Hello ${name},\n\n"
    "${house} invites you to the extranet of the medical houses. Activate your "
    "account and choose your password with this link, valid ${days} days and "
    "once only:\n\n${link}\n\n"
    "While activating it, you may choose another email address to sign in with.\n"
)
RESET_SUBJECT = _("Choose a new password")
RESET_BODY = _(
    "Hello ${name},\n\n"
    "Choose a new password for the extranet with this link, valid ${hours} hours "
    "and once only:\n\n${link}\n\nIf you did not ask for it, ignore this email.\n"
)


def link_to(token, purpose):
    return f"{api.portal.get().absolute_url()}/{LINK_PAGES[purpose]}?token={token}"


def send_link(worker, purpose, subject, body, invitation=False, **mapping):
    """Mail the worker a new one-time link (earlier ones stop working).

    ``body`` may use ${name}, ${link}, ${hours} (${days} for a team
    ``invitation``), ${login} and the given mapping.
    """
    token = tokens.issue(worker.user_id, purpose, invitation=invitation)
    mapping = {
        "name": worker.first_name,
        "link": link_to(token, purpose),
        "hours": setting("reset_validity"),
        "days": setting("invitation_validity"),
        "login": worker.email,
        **mapping,
    }
    mail.send(worker.email, subject, Message(body, mapping=mapping))
    if purpose == tokens.ACTIVATION:
        account_record(worker)["invited"] = now()


def send_validation(worker):
    send_link(worker, tokens.ACTIVATION, VALIDATION_SUBJECT, VALIDATION_BODY)


def send_invitation(worker, team_title):
    """The invitation of a team (a medical house's, or the federation's, ``team_title``)."""
    send_link(
        worker, tokens.ACTIVATION, INVITATION_SUBJECT, INVITATION_BODY, invitation=True, house=team_title
    )


def send_reset(worker):
    send_link(worker, tokens.RESET, RESET_SUBJECT, RESET_BODY)


# Mails to the holder of an email someone else typed. Whoever typed it gets the
# answer they would get for an unknown email (nobody learns from an answer whether
# an email has an account); the holder alone is told, at their own address, with
# nothing of what was typed nor of the other account.

KNOWN_EMAIL_SUBJECT = _("Your extranet account request")
#: What the holder reads, by the state of their account (see ``holder_situation``).
KNOWN_EMAIL_BODIES = {
    "active": _(
        "Hello ${name},\n\n"
        "Someone, probably you, asked for a new account on the extranet of the medical "
        "houses with this email address. You already have an account with it, so no "
        "other account was created.\n\n"
        "Sign in with this address. If you forgot your password, ask for a new one "
        "here:\n\n${link}\n\n"
        "If you did not ask for anything, ignore this email: nothing changed on your account.\n"
    ),
    "pending": _(
        "Hello ${name},\n\n"
        "Someone, probably you, asked again for an account on the extranet of the medical "
        "houses with this email address. Your first request is still being checked by the "
        "coordinator of your intergroup or by the federation: you will get an email once "
        "it is done. No other account was created.\n\n"
        "If you did not ask for anything, ignore this email.\n"
    ),
    "invited": _(
        "Hello ${name},\n\n"
        "Someone, probably you, asked for an account on the extranet of the medical houses "
        "with this email address. Your medical house already added you to its team with "
        "it: activate your account with the link of the invitation it sends you, or ask "
        "its managers to send it again. No other account was created.\n\n"
        "If you did not ask for anything, ignore this email.\n"
    ),
    "closed": _(
        "Hello ${name},\n\n"
        "Someone, probably you, asked for an account on the extranet of the medical houses "
        "with this email address. The account of this address is closed, and no other "
        "account was created. To use the extranet again, contact the coordinator of your "
        "intergroup or the federation.\n\n"
        "If you did not ask for anything, ignore this email.\n"
    ),
}
EMAIL_TAKEN_SUBJECT = _("Your email address on the extranet")
EMAIL_TAKEN_BODY = _(
    "Hello ${name},\n\n"
    "Someone activating an account on the extranet of the medical houses asked to sign "
    "in with this email address. Your account already uses it, so the other account "
    "keeps its own address: nothing changed on yours.\n\n"
    "If it was you, you now have two accounts: sign in to this one with this address, "
    "and contact the federation if you want a single account. If not, ignore this email.\n"
)


def account_holder(email, except_user=None):
    """``(user, worker or None)`` of the account that signs in with, or has, ``email``.

    None when no account other than ``except_user`` does (the same accounts as
    ``person.email_in_use``).
    """
    acl_users = api.portal.get_tool("acl_users")
    for criteria in ({"login": email}, {"email": email}):
        for found in acl_users.searchUsers(exact_match=True, **criteria):
            user = api.user.get(userid=found["id"]) if found["id"] != except_user else None
            if user is not None:
                return user, worker_of(found["id"])
    return None


def holder_situation(worker):
    """``active`` (or an account without a worker profile), ``pending``, ``invited`` or ``closed``."""
    if worker is None or worker.status == "active":
        return "active"
    if worker.status == "pending":
        return "invited" if read_account_record(worker).get("origin") == ADDED_BY_TEAM else "pending"
    return "closed"


def mail_holder(user, worker, subject, body, **mapping):
    """Mail the holder of an account at the account's own address."""
    if worker is not None:
        address, name = worker.email, worker.first_name
    else:
        address = user.getProperty("email") or user.getUserName()
        name = user.getProperty("fullname") or ""
    mail.send(address, subject, Message(body, mapping={"name": name, **mapping}))


def tell_holder_of_request(user, worker):
    """Someone asked for an account with the holder's email: what to do instead."""
    link = f"{api.portal.get().absolute_url()}/{LINK_PAGES[tokens.RESET]}"
    body = KNOWN_EMAIL_BODIES[holder_situation(worker)]
    mail_holder(user, worker, KNOWN_EMAIL_SUBJECT, body, link=link)


def tell_holder_of_taken_email(user, worker):
    """Someone activating another account chose the holder's email: it stays theirs."""
    mail_holder(user, worker, EMAIL_TAKEN_SUBJECT, EMAIL_TAKEN_BODY)
