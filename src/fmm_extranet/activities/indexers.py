"""Catalog indexer of the activity type."""

from fmm_extranet.activities.content import IActivity
from plone.indexer import indexer


@indexer(IActivity)
def fmm_activity_type(obj):
    return obj.activity_type
