"""« À la une »: editors put a news item among the home's hot news until a day.

The item is hot while today ≤ ``featured_until`` and stops being hot by itself.
The ``fmm_featured_until`` DateIndex keeps the home's query cheap (the day is
indexed as its midnight, UTC): ``fmm_featured_until.query=<today>T00:00:00Z``,
``fmm_featured_until.range=min``.
"""

from fmm_extranet import _
from plone.autoform.interfaces import IFormFieldProvider
from plone.indexer import indexer
from plone.supermodel import model
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IFeatured(model.Schema):
    featured_until = schema.Date(
        title=_("Featured until"),
        description=_("Among the hot news of the home page until this day included. Empty: not featured."),
        required=False,
    )


@indexer(IFeatured)
def fmm_featured_until(obj):
    """The last day the item is hot."""
    day = getattr(obj, "featured_until", None)
    if day is None:
        raise AttributeError("fmm_featured_until")  # not indexed: never hot
    return day
