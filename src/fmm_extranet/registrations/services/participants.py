"""@registrations on an Activity, for its organisers and the staff: the participants
(JSON), ``/csv`` (a spreadsheet), ``POST /attendance`` (who attended), ``POST /message``
(a mail to the participants) and ``POST /cancel-session``."""

from datetime import datetime
from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.mail import in_site_language
from fmm_extranet.core.mail import read_message
from fmm_extranet.core.services import JsonService
from fmm_extranet.registrations import ACTIVE_STATES
from fmm_extranet.registrations import cancel_session
from fmm_extranet.registrations import CONFIRMED
from fmm_extranet.registrations import mark_attendance
from fmm_extranet.registrations import message_participants
from fmm_extranet.registrations import RegistrationRefused
from fmm_extranet.registrations import registrations_of
from fmm_extranet.registrations import remaining_places
from fmm_extranet.registrations import wait_for_the_book
from fmm_extranet.registrations import WAITING
from fmm_extranet.registrations.easyform_action import registration_form
from fmm_extranet.registrations.questions import question_titles
from plone.restapi.interfaces import ISerializeToJson
from zope.component import getMultiAdapter
import csv
import io


CSV_COLUMNS = (
    "nom",
    "prénom",
    "maison médicale",
    "fonctions",
    "état",
    "date d'inscription",
    "présence",
)
STATE_LABELS = {
    "confirmed": _("state_confirmed", default="confirmed"),
    "waiting": _("state_waiting", default="waiting list"),
    "cancelled": _("state_cancelled", default="cancelled"),
}
ATTENDED_LABEL = _("attended_yes", default="present")


class ParticipantsGet(JsonService):
    def render(self):
        if self.route((), ("csv",)) == 0:
            return super().render()
        self.check_permission()
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader(
            "Content-Disposition",
            f'attachment; filename="inscriptions-{self.context.getId()}.csv"',
        )
        return self.csv().encode("utf-8-sig")

    def participants(self, registrations):
        return [self.summary(r, "participant", within=self.context) for r in registrations]

    def reply(self):
        registrations = registrations_of(self.context)
        return {
            "@id": f"{self.context.absolute_url()}/@registrations",
            "title": self.context.Title(),
            "session_cancelled": bool(self.context.session_cancelled),
            "capacity": self.context.capacity,
            "remaining_places": remaining_places(self.context),
            "confirmed": sum(r.state == CONFIRMED for r in registrations),
            "waiting": sum(r.state == WAITING for r in registrations),
            "items": self.participants(registrations),
        }

    def csv(self):
        """One line per registration, for spreadsheets (semicolons, as Excel in French)."""
        output = io.StringIO()
        writer = csv.writer(output, delimiter=";")
        writer.writerow(CSV_COLUMNS + tuple(question_titles(registration_form(self.context))))
        for line in self.participants(registrations_of(self.context)):
            person = line["participant"]
            writer.writerow(
                [
                    person["last_name"],
                    person["first_name"],
                    ", ".join(person["workplaces"]),
                    ", ".join(person["functions"]),
                    in_site_language(STATE_LABELS[line["state"]]),
                    datetime.fromisoformat(line["registered"]).strftime("%Y-%m-%d %H:%M"),
                    in_site_language(ATTENDED_LABEL) if line["attended"] else "",
                ]
                + [item["answer"] for item in line["answers_by_question"]]
            )
        return output.getvalue()


class ParticipantsPost(JsonService):
    """``POST attendance {"user_ids": [...], "attended": true}``: mark who attended (or not);
    ``POST message {"subject", "message", "to": ["confirmed", "waiting"]}``: mail them;
    ``POST cancel-session {}``: cancel the activity, every participant told."""

    def reply(self):
        route = self.route(("attendance",), ("message",), ("cancel-session",))
        if route == 1:
            return {"sent": message_participants(self.context, *self.message())}
        wait_for_the_book(self.context)
        if route == 2:
            return {"told": len(cancel_session(self.context))}
        user_ids, attended = self.attendance()
        registrations = mark_attendance(self.context, user_ids, attended)
        return {"items": [getMultiAdapter((r, self.request), ISerializeToJson)() for r in registrations]}

    def attendance(self):
        body = self.body()
        user_ids = body.get("user_ids")
        attended = body.get("attended", True)
        if (
            not isinstance(user_ids, list)
            or not user_ids
            or not all(isinstance(u, str) for u in user_ids)
            or not isinstance(attended, bool)
        ):
            raise RegistrationRefused(_('Send {"user_ids": [user ids], "attended": true or false}.'))
        return user_ids, attended

    def message(self):
        """(subject, text, states) of a message to the participants; every problem at once."""
        body = self.body()
        errors = FieldErrors()
        subject, states = body.get("subject"), body.get("to")
        if not isinstance(subject, str) or not subject.strip():
            errors.add("subject", _("Write a subject."))
        elif "\n" in subject:
            errors.add("subject", _("Write the subject on one line."))
        text = read_message(body, errors)
        if (
            not isinstance(states, list)
            or not states
            or not all(isinstance(state, str) and state in ACTIVE_STATES for state in states)
        ):
            errors.add("to", _("Choose the confirmed participants, the waiting list or both."))
        errors.refuse_if_any()
        return subject.strip(), text, tuple(states)
