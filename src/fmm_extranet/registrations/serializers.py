"""JSON of a registration, for its participant, its organisers and "my registrations";
a participant's line as the organisers see it (JSON and CSV)."""

from fmm_extranet.core.utils import localized
from fmm_extranet.registrations import IRegistration
from fmm_extranet.registrations import participant_details
from fmm_extranet.registrations.easyform_action import registration_form
from fmm_extranet.registrations.questions import answers_by_question
from plone import api
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.interfaces import ISerializeToJsonSummary
from zope.component import adapter
from zope.component import getMultiAdapter
from zope.interface import implementer
from zope.interface import Interface


VIEW_MOBILE = "fmm_extranet: View worker mobile"


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


def sees_mobiles():
    """Whether the current user reads the participants' GSM: the staff only (SPEC rule 8),
    never an organiser through their local roles."""
    return api.user.has_permission(VIEW_MOBILE, obj=api.portal.get())


@implementer(ISerializeToJsonSummary)
class ParticipantSummary:
    """A participant of an activity as its organisers see them (named ``participant``):
    the registration, who they are (never the email; the GSM for the staff only) and
    the answers to the form's questions, by title."""

    def __init__(self, registration, activity, request):
        self.registration = registration
        self.activity = activity
        self.request = request

    def __call__(self):
        registration = self.registration
        return {
            **getMultiAdapter((registration, self.request), ISerializeToJson)(),
            "participant": participant_details(registration.user_id, sees_mobiles()),
            "answers_by_question": answers_by_question(registration_form(self.activity), registration),
        }
