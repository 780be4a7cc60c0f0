"""@formations?scope=scheduled|all&dequap=<token>: the training catalogue."""

from fmm_extranet import _
from fmm_extranet.catalogue.summaries import catalogue_items
from fmm_extranet.catalogue.summaries import dequap_category
from fmm_extranet.catalogue.summaries import SCHEDULED_STATUSES
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.services import JsonService


SCOPES = ("all", "scheduled")


class FormationsGet(JsonService):
    def reply(self):
        self.route(())
        form = self.request.form
        scope = form.get("scope") or "all"
        if scope not in SCOPES:
            raise Refusal(_("The scope is either scheduled or all."))
        dequap = form.get("dequap")
        if dequap:
            dequap_category(dequap, self.request)
        formations = catalogue_items("Formation", dequap)
        if scope == "scheduled":
            formations = [f for f in formations if f.formation_status in SCHEDULED_STATUSES]
        return self.batched(formations, self.summary)
