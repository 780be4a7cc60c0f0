"""Catalog indexers of activities: their type, and their words (the body included)."""

from fmm_extranet.activities.content import IActivity
from fmm_extranet.core.searchable import searchable_text
from plone.indexer import indexer


@indexer(IActivity)
def fmm_activity_type(obj):
    return obj.activity_type


@indexer(IActivity)
def activity_text(obj):
    return searchable_text(obj)
