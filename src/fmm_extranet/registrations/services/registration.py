"""@registration on an Activity: the current worker registers (POST) or cancels
(DELETE, or POST @registration/cancel)."""

from fmm_extranet import _
from fmm_extranet.registrations import ACTIVE_STATES
from fmm_extranet.registrations import cancel
from fmm_extranet.registrations import registration_of
from fmm_extranet.registrations import RegistrationRefused
from fmm_extranet.registrations.easyform_action import registration_form
from fmm_extranet.registrations.easyform_action import submit
from fmm_extranet.registrations.services.validation import json_object
from fmm_extranet.registrations.services.validation import refusal_as_bad_request
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.services import Service
from zExceptions import NotFound
from zope.component import getMultiAdapter
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


def current_user_id():
    return api.user.get_current().getId()


class RegistrationService(Service):
    """Writes registrations: a JSON API call, not a browser form (no CSRF token)."""

    def render(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        return super().render()

    def serialized(self, registration):
        return getMultiAdapter((registration, self.request), ISerializeToJson)()

    def cancel(self):
        with refusal_as_bad_request(self.request):
            registration = cancel(self.context, current_user_id())
        return self.serialized(registration)


@implementer(IPublishTraverse)
class RegistrationPost(RegistrationService):
    """Register with the answers to the activity's form: ``{"answers": {...}}``."""

    cancelling = False

    def publishTraverse(self, request, name):
        if name != "cancel" or self.cancelling:
            raise NotFound(name)
        self.cancelling = True
        return self

    def reply(self):
        if self.cancelling:
            return self.cancel()
        with refusal_as_bad_request(self.request):
            registration = self.register(self.answers())
        self.request.response.setStatus(201)
        return self.serialized(registration)

    def answers(self):
        answers = json_object(self.request).get("answers", {})
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
        return self.cancel()
