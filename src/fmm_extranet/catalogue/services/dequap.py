"""@dequap/<token>: every formation and tool of one DEQuaP category."""

from fmm_extranet.catalogue.summaries import catalogue_items
from fmm_extranet.catalogue.summaries import dequap_category
from fmm_extranet.core.services import JsonService


class DequapGet(JsonService):
    def reply(self):
        # No token: the category is unknown (400), as a wrong one.
        token = self.params[0] if self.route((), (None,)) else None
        category = dequap_category(token, self.request)
        return {
            "@id": f"{self.context.absolute_url()}/@dequap/{token}",
            "category": category,
            "formations": [self.summary(f) for f in catalogue_items("Formation", token)],
            "tools": [self.summary(t) for t in catalogue_items("Tool", token)],
        }
