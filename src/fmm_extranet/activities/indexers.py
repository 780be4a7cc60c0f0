"""Catalog indexers of activities: their type, their words (the body included), the
months they take place in, and the facts their listing lines show (a metadata column:
lines are made from brains)."""

from fmm_extranet.activities.content import IActivity
from fmm_extranet.core.searchable import searchable_text
from fmm_extranet.core.utils import months_touched
from plone.event.interfaces import IEventAccessor
from plone.event.interfaces import IRecurrenceSupport
from plone.indexer import indexer


@indexer(IActivity)
def fmm_activity_type(obj):
    return obj.activity_type


@indexer(IActivity)
def activity_text(obj):
    return searchable_text(obj)


@indexer(IActivity)
def fmm_agenda_months(obj):
    """The months its occurrences touch (all of them, as far as plone.app.event expands a
    recurrence): the agenda asks for its range's months, whose activities are a few,
    instead of every activity starting before the range's end and ending after its start."""
    months = set()
    for occurrence in IRecurrenceSupport(obj).occurrences():
        accessor = IEventAccessor(occurrence)
        months.update(months_touched(accessor.start, accessor.end))
    return sorted(months)


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
