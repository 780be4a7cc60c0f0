"""@my-registrations: the current worker's registrations, upcoming and past."""

from fmm_extranet.core.services import JsonService
from fmm_extranet.registrations import is_over
from fmm_extranet.registrations import registration_of
from plone import api
from plone.event.interfaces import IEventAccessor
from plone.restapi.interfaces import ISerializeToJson
from zope.component import getMultiAdapter


class MyRegistrationsGet(JsonService):
    def reply(self):
        self.route(())
        user_id = api.user.get_current().getId()
        catalog = api.portal.get_tool("portal_catalog")
        upcoming, past = [], []
        for brain in catalog(portal_type="Activity", fmm_registrants=user_id, sort_on="start"):
            activity = brain.getObject()
            registration = registration_of(activity, user_id)
            if registration is None:
                continue
            (past if is_over(activity) else upcoming).append(self.item(activity, registration))
        return {
            "@id": f"{api.portal.get().absolute_url()}/@my-registrations",
            "upcoming": upcoming,
            "past": past,
        }

    def item(self, activity, registration):
        accessor = IEventAccessor(activity)
        return {
            **getMultiAdapter((registration, self.request), ISerializeToJson)(),
            "activity": {
                "@id": activity.absolute_url(),
                "title": activity.Title(),
                "start": accessor.start.isoformat(),
                "end": accessor.end.isoformat(),
                "location": accessor.location,
            },
        }
