"""Catalog indexers of activities: their type, their words (the body included), and
the facts their listing lines show (a metadata column: lines are made from brains)."""

from fmm_extranet.activities.content import IActivity
from fmm_extranet.core.searchable import searchable_text
from plone.event.interfaces import IEventAccessor
from plone.indexer import indexer


@indexer(IActivity)
def fmm_activity_type(obj):
    return obj.activity_type


@indexer(IActivity)
def activity_text(obj):
    return searchable_text(obj)


@indexer(IActivity)
def fmm_activity_facts(obj):
    """What the agenda and the group pages show and filter on beyond Plone's columns."""
    accessor = IEventAccessor(obj)
    return {
        "whole_day": bool(accessor.whole_day),
        "open_end": bool(accessor.open_end),
        "recurring": bool(obj.recurrence),
        "activity_type": obj.activity_type,
        "organiser": obj.organiser,
        "sectors": list(obj.sectors or []),
        "themes": list(obj.themes or []),
        "registration_enabled": bool(obj.registration_enabled),
        "session_cancelled": bool(obj.session_cancelled),
    }
