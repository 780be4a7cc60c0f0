"""@registration on an Activity: its form's questions and whether it is open (GET),
the current worker registers (POST) or cancels (DELETE, or POST @registration/cancel).
``PUT @registration-questions``: its organisers replace the form's questions."""

from datetime import datetime
from datetime import UTC
from fmm_extranet import _
from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import JsonService
from fmm_extranet.registrations import ACTIVE_STATES
from fmm_extranet.registrations import cancel
from fmm_extranet.registrations import registration_closes
from fmm_extranet.registrations import registration_of
from fmm_extranet.registrations import RegistrationRefused
from fmm_extranet.registrations import wait_for_the_book
from fmm_extranet.registrations.easyform_action import registration_form
from fmm_extranet.registrations.easyform_action import submit
from fmm_extranet.registrations.questions import questions_of
from fmm_extranet.registrations.questions import read_questions
from fmm_extranet.registrations.questions import unsupported_reason
from fmm_extranet.registrations.questions import unsupported_titles
from fmm_extranet.registrations.questions import write_questions
from plone import api
from plone.restapi.interfaces import ISerializeToJson
from zope.component import getMultiAdapter


def current_user_id():
    return api.user.get_current().getId()


class RegistrationService(JsonService):
    def serialized(self, registration):
        return getMultiAdapter((registration, self.request), ISerializeToJson)()

    def cancel(self):
        wait_for_the_book(self.context)
        return self.serialized(cancel(self.context, current_user_id()))


NOT_OPEN = _("Registration is not open for this activity.")


class RegistrationGet(RegistrationService):
    """``{"open", "reason", "questions"}``: the form a worker fills in to register.

    ``reason`` says why registration is closed (for its organisers too: a
    question of a type Volto cannot render closes it).
    """

    def reply(self):
        self.route(())
        form = registration_form(self.context)
        questions = questions_of(form) if form is not None else []
        reason = self.closed_because(form)
        return {
            "@id": f"{self.context.absolute_url()}/@registration",
            "open": reason is None,
            "reason": translated(reason, self.request) if reason is not None else None,
            "questions": questions,
        }

    def closed_because(self, form):
        if not self.context.registration_enabled or form is None:
            return NOT_OPEN
        titles = unsupported_titles(form)
        if titles:
            return unsupported_reason(titles)
        if datetime.now(UTC) > registration_closes(self.context):
            return _("Registration for this activity is closed.")
        return None


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
        wait_for_the_book(self.context)
        form = registration_form(self.context)
        if not self.context.registration_enabled or form is None:
            raise RegistrationRefused(NOT_OPEN)
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


class QuestionsPut(JsonService):
    """``{"questions": [{name?, type, title, description, required, choices, min, max}]}``:
    the form's questions beyond the profile, in order (a question without ``name`` is new)."""

    def reply(self):
        self.route(())
        form = registration_form(self.context)
        if form is None:
            raise RegistrationRefused(NOT_OPEN)
        write_questions(form, read_questions(form, self.body().get("questions")))
        return {"@id": f"{self.context.absolute_url()}/@registration", "questions": questions_of(form)}
