"""@tools?dequap=<token>: the tools catalogue."""

from fmm_extranet.catalogue.summaries import catalogue_items
from fmm_extranet.catalogue.summaries import dequap_category
from fmm_extranet.catalogue.summaries import tool_summary
from plone.restapi.batching import HypermediaBatch
from plone.restapi.services import Service


class ToolsGet(Service):
    def reply(self):
        dequap = self.request.form.get("dequap")
        if dequap:
            dequap_category(dequap, self.request)
        batch = HypermediaBatch(self.request, catalogue_items("Tool", dequap))
        return {
            "@id": batch.canonical_url,
            "items_total": batch.items_total,
            "items": [tool_summary(t, self.request) for t in batch],
            **({"batching": batch.links} if batch.links else {}),
        }
