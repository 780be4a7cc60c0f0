"""What a group's page shows of each catalog item it lists (``JsonService.summary``)."""

from fmm_extranet.core.utils import listing_date
from plone.restapi.interfaces import ISerializeToJsonSummary
from zope.interface import implementer


def date_of(brain):
    """Publication date, else creation date (never the unset 1969 one)."""
    date = listing_date(brain.effective, brain.created)
    return date.ISO8601() if date else None


@implementer(ISerializeToJsonSummary)
class GroupItemSummary:
    """A line of a group page's listings (named ``group-item``): a news item, a tool,
    a document, a sub-group."""

    def __init__(self, brain, request):
        self.brain = brain

    def __call__(self):
        brain = self.brain
        return {
            "@id": brain.getURL(),
            "@type": brain.portal_type,
            "UID": brain.UID,
            "title": brain.Title,
            "description": brain.Description,
            "date": date_of(brain),
        }
