"""What listings show of an item (summary serializers).

Listings date an item by its publication date, else its creation date: Plone
answers ``effective`` with its floor date (31 December 1969) for what was never
published; the summaries of every catalog listing and folder's items (``@search``,
``items``) give the creation date instead, so no page shows 1969. The Documents
tab has its own line (``document``).
"""

from fmm_extranet.core.utils import listing_date
from fmm_extranet.interfaces import IFmmExtranetLayer
from plone.app.contentlisting.interfaces import IContentListingObject
from plone.restapi.interfaces import ISerializeToJsonSummary
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.serializer.summary import DefaultJSONSummarySerializer
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface


def value_of(item, name):
    """A date of a listed item: a brain's metadata, or a content object's method."""
    value = getattr(item, name, None)
    return value() if callable(value) else value


@implementer(ISerializeToJsonSummary)
@adapter(Interface, IFmmExtranetLayer)
class PublicationDateSummarySerializer(DefaultJSONSummarySerializer):
    def __call__(self):
        summary = super().__call__()
        if "effective" in summary:
            item = IContentListingObject(self.context)
            summary["effective"] = json_compatible(
                listing_date(value_of(item, "effective"), value_of(item, "created"))
            )
        return summary


@implementer(ISerializeToJsonSummary)
class DocumentSummary:
    """A line of the Documents tab (named ``document``): a catalog brain or a Solr one,
    seen within the documents found (``documents_query``), which tell whether the
    reader may open it and show its space."""

    def __init__(self, brain, documents, request):
        self.brain = brain
        self.documents = documents
        self.request = request

    def __call__(self):
        brain, url_of = self.brain, self.request.physicalPathToURL
        path = brain.getPath().split("/")
        return {
            "@id": url_of(brain.getPath()),
            "@type": brain.portal_type,
            "title": brain.Title,
            "description": brain.Description,
            "date": self.documents.date_of(brain),
            "group": self.documents.group_of(brain.fmm_group),
            "folder": [
                {"@id": url_of("/".join(path[: i + 1])), "title": path[i]}
                for i in range(self.documents.site_depth, len(path) - 1)
            ],
            "can_open": self.documents.can_open(brain),
        }
