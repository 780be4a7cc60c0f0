"""@formations?scope=scheduled|all&dequap=<token>: the training catalogue."""

from fmm_extranet import _
from fmm_extranet.catalogue.summaries import catalogue_items
from fmm_extranet.catalogue.summaries import dequap_category
from fmm_extranet.catalogue.summaries import formation_summary
from fmm_extranet.catalogue.summaries import SCHEDULED_STATUSES
from plone.restapi.batching import HypermediaBatch
from plone.restapi.services import Service
from zExceptions import BadRequest
from zope.i18n import translate


SCOPES = ("all", "scheduled")


class FormationsGet(Service):
    def reply(self):
        form = self.request.form
        scope = form.get("scope") or "all"
        if scope not in SCOPES:
            raise BadRequest(translate(_("The scope is either scheduled or all."), context=self.request))
        dequap = form.get("dequap")
        if dequap:
            dequap_category(dequap, self.request)
        formations = catalogue_items("Formation", dequap)
        if scope == "scheduled":
            formations = [f for f in formations if f.formation_status in SCHEDULED_STATUSES]
        batch = HypermediaBatch(self.request, formations)
        return {
            "@id": batch.canonical_url,
            "items_total": batch.items_total,
            "items": [formation_summary(f, self.request) for f in batch],
            **({"batching": batch.links} if batch.links else {}),
        }
