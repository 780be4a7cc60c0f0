"""The administrators' classic pages (audit log, erasure): what they share."""

from datetime import datetime
from fmm_extranet.core.errors import translated
from plone import api
from plone.protect import CheckAuthenticator
from Products.statusmessages.interfaces import IStatusMessage


def redirect_with_message(request, url, message):
    """Post/redirect/get: the next page shows ``message`` as a status message."""
    IStatusMessage(request).add(translated(message), type="info")
    request.response.redirect(url)


def localized_time(iso_moment):
    """An ISO date and time as the site shows dates, e.g. "23 nov. 2026 14:05"."""
    return api.portal.get_localized_time(datetime.fromisoformat(iso_moment), long_format=True)


def check_posted_form(request):
    """True for a POST carrying a valid CSRF token (Forbidden when the token is wrong)."""
    if request.method != "POST":
        return False
    CheckAuthenticator(request)
    return True
