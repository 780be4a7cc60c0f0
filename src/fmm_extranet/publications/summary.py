"""Listings date an item by its publication date, else its creation date.

Plone answers ``effective`` with its floor date (31 December 1969) for what was
never published; the summaries of every catalog listing and folder's items
(``@search``, ``items``) give the creation date instead, so no page shows 1969.
"""

from fmm_extranet.interfaces import IFmmExtranetLayer
from plone.app.contentlisting.interfaces import IContentListingObject
from plone.restapi.interfaces import ISerializeToJsonSummary
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.serializer.summary import DefaultJSONSummarySerializer
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface


#: Plone's "never published" dates fall in 1969 or 1970 (by time zone).
FLOOR_YEAR = 1970


def is_publication_date(value):
    """Whether a summary's ISO ``effective`` is a real publication date."""
    return isinstance(value, str) and value[:4].isdigit() and int(value[:4]) > FLOOR_YEAR


@implementer(ISerializeToJsonSummary)
@adapter(Interface, IFmmExtranetLayer)
class PublicationDateSummarySerializer(DefaultJSONSummarySerializer):
    def __call__(self):
        summary = super().__call__()
        if "effective" in summary and not is_publication_date(summary["effective"]):
            created = getattr(IContentListingObject(self.context), "created", None)
            summary["effective"] = json_compatible(created() if callable(created) else created)
        return summary
