"""What a group's page shows of each catalog item it lists (``JsonService.summary``)."""

from fmm_extranet.core.utils import brain_line
from plone.restapi.interfaces import ISerializeToJsonSummary
from zope.interface import implementer


@implementer(ISerializeToJsonSummary)
class GroupItemSummary:
    """A line of a group page's listings (named ``group-item``): a news item, a tool,
    a document, a sub-group."""

    def __init__(self, brain, request):
        self.brain = brain

    def __call__(self):
        return brain_line(self.brain)
