"""What a listing shows of an activity, or of one occurrence of a recurring one
(``JsonService.summary``): the group pages' line, which the agenda's extends."""

from Acquisition import aq_parent
from fmm_extranet.activities.content import IActivity
from fmm_extranet.core.utils import listing_date
from plone.event.interfaces import IEventAccessor
from plone.restapi.interfaces import ISerializeToJsonSummary
from zope.interface import implementer


@implementer(ISerializeToJsonSummary)
class ActivitySummary:
    """An activity on a listing (named ``activity``), dated by the occurrence given."""

    def __init__(self, occurrence, request):
        self.occurrence = occurrence
        self.activity = occurrence if IActivity.providedBy(occurrence) else aq_parent(occurrence)
        self.accessor = IEventAccessor(occurrence)

    def __call__(self):
        accessor = self.accessor
        activity = self.activity
        return {
            "@id": activity.absolute_url(),
            "@type": activity.portal_type,
            "UID": activity.UID(),
            "title": activity.Title(),
            "description": activity.Description(),
            "start": accessor.start.isoformat(),
            "end": accessor.end.isoformat(),
            "whole_day": bool(accessor.whole_day),
            "location": accessor.location,
            "recurring": bool(activity.recurrence),
            # When it was published, as the other lines of a group page ("New" since a visit).
            "date": listing_date(activity.effective(), activity.created()).ISO8601(),
        }
