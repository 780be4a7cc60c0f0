"""@tools?dequap=<token>: the tools catalogue."""

from fmm_extranet.catalogue.summaries import catalogue_items
from fmm_extranet.catalogue.summaries import dequap_category
from fmm_extranet.core.services import JsonService


class ToolsGet(JsonService):
    def reply(self):
        self.route(())
        dequap = self.request.form.get("dequap")
        if dequap:
            dequap_category(dequap, self.request)
        return self.batched(catalogue_items("Tool", dequap), self.summary)
