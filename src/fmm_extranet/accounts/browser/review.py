"""demandes-de-compte: the requests a coordinator or the staff may decide on."""

from fmm_extranet import _
from fmm_extranet.accounts.browser import check_posted_form
from fmm_extranet.accounts.browser import localized_time
from fmm_extranet.accounts.browser import redirect_with_message
from fmm_extranet.accounts.browser import refusal_shown
from fmm_extranet.accounts.requests import approve
from fmm_extranet.accounts.requests import decidable
from fmm_extranet.accounts.requests import pending_requests
from fmm_extranet.accounts.requests import REASON_MAX_LENGTH
from fmm_extranet.accounts.requests import reject
from fmm_extranet.accounts.requests import request_summary
from fmm_extranet.accounts.requests import review_scope
from fmm_extranet.core.errors import translated
from plone.base.utils import safe_text
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18nmessageid import Message


APPROVED = _("The request of ${name} is approved: the link to choose a password was mailed.")
REJECTED = _("The request of ${name} is rejected: the reason was mailed.")


class AccountRequestsView(BrowserView):
    """Pending requests, oldest first; each one approved, or rejected with a reason."""

    index = ViewPageTemplateFile("templates/account_requests.pt")
    reason_max_length = REASON_MAX_LENGTH

    def __call__(self):
        self.scope = review_scope()
        self.refusal = None
        if check_posted_form(self.request):
            with refusal_shown(self.request, self.keep_refusal):
                return self.decide(self.request.form)
        self.requests = [request_summary(w) for w in pending_requests(self.scope)]
        return self.index()

    def decide(self, form):
        worker = decidable(safe_text(form.get("worker", "")))
        name = f"{worker.first_name} {worker.last_name}"
        if "approve" in form:
            approve(worker)
            message = APPROVED
        else:
            reject(worker, safe_text(form.get("reason", "")))
            message = REJECTED
        redirect_with_message(self.request, self.request.URL, Message(message, mapping={"name": name}))
        return ""

    def keep_refusal(self, refusal):
        self.refusal = {
            "worker": self.request.form.get("worker"),
            "message": translated(refusal.message),
            "errors": {item["field"]: item["message"] for item in refusal.errors},
        }

    def error_for(self, worker_id, field):
        if self.refusal and self.refusal["worker"] == worker_id:
            return self.refusal["errors"].get(field)
        return None

    def requested_label(self, item):
        return localized_time(item["requested"])
