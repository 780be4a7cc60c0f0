"""What the registrations capability holds about a worker: their registrations (GDPR).

Erasure keeps each registration (the place it took, the attendance) under the new id,
without the answers to the registration form.
"""

from fmm_extranet.core.interfaces import IPersonalData
from fmm_extranet.registrations import book_of
from fmm_extranet.registrations import registration_of
from plone import api
from plone.restapi.serializer.converters import json_compatible
from zope.interface import implementer


#: What a registration to an activity holds.
REGISTRATION_FIELDS = ("state", "registered", "cancelled", "attended", "answers")


def registered_activities(user_id):
    """The activities ``user_id`` has a registration to (in any state), whoever asks."""
    catalog = api.portal.get_tool("portal_catalog")
    return [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="Activity", fmm_registrants=user_id)
    ]


@implementer(IPersonalData)
class Registrations:
    """``registrations``: each activity and what the registration to it holds."""

    order = 30

    def export(self, worker):
        items = []
        for activity in registered_activities(worker.user_id):
            registration = registration_of(activity, worker.user_id)
            items.append(
                {
                    "activity": {"@id": activity.absolute_url(), "title": activity.Title()},
                    **json_compatible({n: getattr(registration, n) for n in REGISTRATION_FIELDS}),
                }
            )
        return {"registrations": items}

    def erase(self, worker, former_id):
        for activity in registered_activities(worker.user_id):
            book = book_of(activity)
            registration = book.entries.pop(worker.user_id)
            registration.user_id, registration.answers = former_id, {}
            book.entries[former_id] = registration
            book.changed()
            activity.reindexObject(idxs=["fmm_registrants"])
