"""Catalog indexers of the search facets."""

from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer


@indexer(IDexterityContent)
def fmm_year(obj):
    """Year of publication, for the search facet."""
    date = obj.effective() if obj.EffectiveDate() != "None" else obj.created()
    return str(date.year())
