"""@registration on an Activity: the current worker registers (POST) or cancels
(DELETE, or POST @registration/cancel)."""

from fmm_extranet import _
from fmm_extranet.core.services import JsonService
from fmm_extranet.registrations import ACTIVE_STATES
from fmm_extranet.registrations import cancel
from fmm_extranet.registrations import registration_of
from fmm_extranet.registrations import RegistrationRefused
from fmm_extranet.registrations.easyform_action import registration_form
from fmm_extranet.registrations.easyform_action import submit
from plone import api
from plone.restapi.interfaces import ISerializeToJson
from zope.component import getMultiAdapter


def current_user_id():
    return api.user.get_current().getId()


class RegistrationService(JsonService):
    def serialized(self, registration):
        return getMultiAdapter((registration, self.request), ISerializeToJson)()

    def cancel(self):
        return self.serialized(cancel(self.context, current_user_id()))


class RegistrationPost(RegistrationService):
    """Register with the answers to the activity's form: ``{"answers": {...}}``."""

    def reply(self):
        if self.route((), ("cancel",)) == 1:
            return self.cancel()
        registration = self.register(self.answers())
        self.request.response.setStatus(201)
        return self.serialized(registration)

    def answers(self):
        answers = self.body().get("answers", {})
        if not isinstance(answers, dict):
            raise RegistrationRefused(_('Send the answers as an object: {"answers": {...}}.'))
        return answers

    def register(self, answers):
        form = registration_form(self.context)
        if not self.context.registration_enabled or form is None:
            raise RegistrationRefused(_("Registration is not open for this activity."))
        submit(form, answers, self.request)
        registration = registration_of(self.context, current_user_id())
        if registration is None or registration.state not in ACTIVE_STATES:
            raise RegistrationRefused(_("This activity's form does not record registrations."))
        return registration


class RegistrationDelete(RegistrationService):
    """Cancel the current worker's registration."""

    def reply(self):
        self.route(())
        return self.cancel()
