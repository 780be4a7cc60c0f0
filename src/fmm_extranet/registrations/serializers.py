"""JSON of a registration, for its participant, its organisers and "my registrations"."""

from fmm_extranet.registrations import IRegistration
from fmm_extranet.registrations import localized
from plone.restapi.interfaces import ISerializeToJson
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface


def iso(value):
    return localized(value).isoformat() if value else None


@implementer(ISerializeToJson)
@adapter(IRegistration, Interface)
class SerializeRegistrationToJson:
    def __init__(self, registration, request):
        self.registration = registration
        self.request = request

    def __call__(self):
        registration = self.registration
        return {
            "user_id": registration.user_id,
            "state": registration.state,
            "registered": iso(registration.registered),
            "cancelled": iso(registration.cancelled),
            "attended": registration.attended,
            "answers": dict(registration.answers),
        }
