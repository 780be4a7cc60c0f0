"""journal-d-audit: who did what, when, about whom; for administrators."""

from fmm_extranet import _
from fmm_extranet.accounts.audit import CRITERIA
from fmm_extranet.accounts.audit import entries
from fmm_extranet.accounts.browser import localized_time
from fmm_extranet.core.errors import translated
from plone.base.utils import safe_int
from plone.base.utils import safe_text
from plone.batching import Batch
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from urllib.parse import urlencode


BATCH_SIZE = 50
#: The actions ``fmm_extranet.accounts.audit`` records, as the filter offers them.
ACTION_LABELS = {
    "account_requested": _("Account requested"),
    "approved": _("Request approved"),
    "rejected": _("Request rejected"),
    "invited": _("Invited"),
    "activated": _("Account activated"),
    "password_reset": _("Password reset"),
    "email_changed": _("Email address changed"),
    "team_member_added": _("Added to a team"),
    "left_team": _("Left a medical house"),
    "status_changed": _("Status changed"),
    "role_granted": _("Role granted in a space"),
    "role_revoked": _("Role revoked in a space"),
    "erased": _("Personal data erased"),
}


class AuditLogView(BrowserView):
    """The entries matching the filters (about, actor, action), newest first, in batches."""

    index = ViewPageTemplateFile("templates/audit_log.pt")
    #: What the batch links keep of the request: the filters.
    filters = CRITERIA

    def __call__(self):
        form = self.request.form
        self.criteria = {name: safe_text(form[name]) for name in self.filters if form.get(name)}
        self.batch = Batch(
            list(entries(**self.criteria)),
            size=BATCH_SIZE,
            start=safe_int(form.get("b_start"), 0),
        )
        return self.index()

    def actions(self):
        """The action filter's options: value, translated label, whether chosen."""
        chosen = self.criteria.get("action")
        return [
            {"value": action, "label": translated(label), "selected": action == chosen}
            for action, label in ACTION_LABELS.items()
        ]

    def action_label(self, action):
        return translated(ACTION_LABELS[action]) if action in ACTION_LABELS else action

    def filter_url(self, name, value):
        """This page showing only the entries whose ``name`` is ``value``."""
        return f"{self.request.URL}?{urlencode({name: value})}"

    def date_label(self, entry):
        return localized_time(entry["date"])

    def details(self, entry):
        """``name: value`` lines; a list shows its items separated by commas."""
        return [
            f"{name}: {', '.join(map(str, value)) if isinstance(value, list) else value}"
            for name, value in entry["details"].items()
        ]
