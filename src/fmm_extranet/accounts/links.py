"""Emails carrying a one-time link: account validation, team invitation, new password."""

from fmm_extranet import _
from fmm_extranet.accounts import now
from fmm_extranet.accounts import setting
from fmm_extranet.accounts import tokens
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.core import mail
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
    "account and choose your password with this link, valid ${hours} hours and "
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


def send_link(worker, purpose, subject, body, **mapping):
    """Mail the worker a new one-time link (earlier ones stop working).

    ``body`` may use ${name}, ${link}, ${hours}, ${login} and the given mapping.
    """
    token = tokens.issue(worker.user_id, purpose)
    mapping = {
        "name": worker.first_name,
        "link": link_to(token, purpose),
        "hours": setting("reset_validity"),
        "login": worker.email,
        **mapping,
    }
    mail.send(worker.email, subject, Message(body, mapping=mapping))
    if purpose == tokens.ACTIVATION:
        account_record(worker)["invited"] = now()


def send_validation(worker):
    send_link(worker, tokens.ACTIVATION, VALIDATION_SUBJECT, VALIDATION_BODY)


def send_invitation(worker, house):
    send_link(worker, tokens.ACTIVATION, INVITATION_SUBJECT, INVITATION_BODY, house=house.Title())


def send_reset(worker):
    send_link(worker, tokens.RESET, RESET_SUBJECT, RESET_BODY)
