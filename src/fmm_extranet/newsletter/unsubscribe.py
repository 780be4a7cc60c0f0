"""Stopping the newsletter: the worker's ``newsletter`` choice, audited like account changes."""

from fmm_extranet import _
from fmm_extranet.accounts.audit import record


UNSUBSCRIBED = _("You will no longer receive the newsletter. You may subscribe again in your profile.")


def unsubscribe(worker):
    """The worker stops receiving the newsletter (nothing changes when they already did)."""
    if worker.newsletter is False:
        return
    worker.newsletter = False
    record("newsletter_unsubscribed", worker.user_id)
