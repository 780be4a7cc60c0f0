"""@registrations on an Activity, for its organisers and the staff: the participants
(JSON), ``/csv`` (a spreadsheet) and ``POST /attendance`` (who attended)."""

from fmm_extranet import _
from fmm_extranet.core.mail import in_site_language
from fmm_extranet.core.services import JsonService
from fmm_extranet.registrations import CONFIRMED
from fmm_extranet.registrations import localized
from fmm_extranet.registrations import mark_attendance
from fmm_extranet.registrations import participant_details
from fmm_extranet.registrations import RegistrationRefused
from fmm_extranet.registrations import registrations_of
from fmm_extranet.registrations import remaining_places
from fmm_extranet.registrations import WAITING
from fmm_extranet.registrations.easyform_action import registration_form
from fmm_extranet.registrations.questions import answers_by_question
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

    def reply(self):
        registrations = registrations_of(self.context)
        form = registration_form(self.context)
        return {
            "@id": f"{self.context.absolute_url()}/@registrations",
            "capacity": self.context.capacity,
            "remaining_places": remaining_places(self.context),
            "confirmed": sum(r.state == CONFIRMED for r in registrations),
            "waiting": sum(r.state == WAITING for r in registrations),
            "items": [
                {
                    **getMultiAdapter((r, self.request), ISerializeToJson)(),
                    "participant": participant_details(r.user_id),
                    # The answers to the form's questions (beyond the profile), by title.
                    "answers_by_question": answers_by_question(form, r),
                }
                for r in registrations
            ],
        }

    def csv(self):
        """One line per registration, for spreadsheets (semicolons, as Excel in French)."""
        form = registration_form(self.context)
        output = io.StringIO()
        writer = csv.writer(output, delimiter=";")
        writer.writerow(CSV_COLUMNS + tuple(question_titles(form)))
        for registration in registrations_of(self.context):
            person = participant_details(registration.user_id)
            writer.writerow(
                [
                    person["last_name"],
                    person["first_name"],
                    ", ".join(person["workplaces"]),
                    ", ".join(person["functions"]),
                    in_site_language(STATE_LABELS[registration.state]),
                    localized(registration.registered).strftime("%Y-%m-%d %H:%M"),
                    in_site_language(ATTENDED_LABEL) if registration.attended else "",
                ]
                + [item["answer"] for item in answers_by_question(form, registration)]
            )
        return output.getvalue()


class AttendancePost(JsonService):
    """``POST attendance {"user_ids": [...], "attended": true}``: mark who attended (or not)."""

    def reply(self):
        self.route(("attendance",))
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
