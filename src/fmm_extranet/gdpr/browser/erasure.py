"""effacer-les-donnees on a worker: an administrator erases their personal data (GDPR)."""

from fmm_extranet import _
from fmm_extranet.accounts.browser import check_posted_form
from fmm_extranet.accounts.browser import redirect_with_message
from fmm_extranet.gdpr import erase_workers
from fmm_extranet.gdpr import FORMER_WORKER
from plone import api
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


ERASED = _("The personal data are erased: the profile stays as a trace, without them.")


class ErasureView(BrowserView):
    """What erasure does, and its confirm button; then the site root (the profile is renamed)."""

    index = ViewPageTemplateFile("templates/erasure.pt")
    former_worker = FORMER_WORKER

    def __call__(self):
        if check_posted_form(self.request) and "erase" in self.request.form:
            erase_workers([self.context])
            redirect_with_message(self.request, api.portal.get().absolute_url(), ERASED)
            return ""
        return self.index()
