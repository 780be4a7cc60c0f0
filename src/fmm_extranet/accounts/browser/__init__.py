"""The account life in the classic UI: the same rules as the REST services, as pages.

Each page hands what was typed to a rule of ``fmm_extranet.accounts``; a refusal
dooms the transaction (nothing is kept, as with the services) and its message
and field errors are shown on the page.
"""

from contextlib import contextmanager
from datetime import datetime
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.errors import translated
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from Products.statusmessages.interfaces import IStatusMessage
from z3c.form import form
from z3c.form.interfaces import IErrorViewSnippet
from zope.component import getMultiAdapter
from zope.interface import Invalid
import transaction


@contextmanager
def refusal_shown(request, show):
    """Run a rule; when it refuses, keep nothing, answer its status and ``show(refusal)``."""
    try:
        yield
    except Refusal as refusal:
        transaction.doom()
        request.response.setStatus(refusal.status)
        for name, value in getattr(refusal, "headers", {}).items():
            request.response.setHeader(name, value)
        show(refusal)


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


class RuleForm(form.Form):
    """A form whose button handler calls an account rule inside ``refusals_shown()``."""

    ignoreContext = True
    enableCSRFProtection = True
    #: Set by a handler when the rule accepted the data: the page then says so.
    done_message = None
    done_template = ViewPageTemplateFile("templates/done.pt")

    def render(self):
        if self.done_message is not None:
            return self.done_template()
        return super().render()

    def refusals_shown(self):
        return refusal_shown(self.request, self.show_refusal)

    def show_refusal(self, refusal):
        unplaced = [item["message"] for item in refusal.errors if not self.show_error(item)]
        self.status = " ".join([translated(refusal.message), *unplaced])

    def show_error(self, item):
        """Put a refusal's field error on its widget; False when no visible widget has it."""
        widget = self.widgets.get(item.get("field"))
        if widget is None or widget.mode == "hidden":
            return False
        snippet = getMultiAdapter(
            (Invalid(item["message"]), self.request, widget, widget.field, self, self.context),
            IErrorViewSnippet,
        )
        snippet.update()
        widget.error = snippet
        self.widgets.errors += (snippet,)
        return True

    def valid_data(self):
        """The extracted data, or None when the widgets themselves found errors."""
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return None
        return data
