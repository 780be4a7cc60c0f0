"""@dequap/<token>: every formation and tool of one DEQuaP category."""

from fmm_extranet.catalogue.summaries import catalogue_items
from fmm_extranet.catalogue.summaries import dequap_category
from fmm_extranet.catalogue.summaries import formation_summary
from fmm_extranet.catalogue.summaries import tool_summary
from plone.restapi.services import Service
from zExceptions import NotFound
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class DequapGet(Service):
    token = None

    def publishTraverse(self, request, name):
        if self.token is not None:
            raise NotFound(name)
        self.token = name
        return self

    def reply(self):
        category = dequap_category(self.token, self.request)
        return {
            "@id": f"{self.context.absolute_url()}/@dequap/{self.token}",
            "category": category,
            "formations": [
                formation_summary(f, self.request) for f in catalogue_items("Formation", self.token)
            ],
            "tools": [tool_summary(t, self.request) for t in catalogue_items("Tool", self.token)],
        }
