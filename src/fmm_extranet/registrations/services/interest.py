"""@interest on a Formation: a worker says (or takes back) "je suis intéressé·e" while
no session is scheduled (POST ``{"interested": true}``); those who may edit the
formation (the staff) see who is interested (GET)."""

from fmm_extranet import _
from fmm_extranet.catalogue.interest import interested
from fmm_extranet.catalogue.interest import is_interested
from fmm_extranet.catalogue.interest import set_interest
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.services import JsonService
from fmm_extranet.people.workers import worker_of
from fmm_extranet.registrations import participant_details
from fmm_extranet.registrations.formation_interest import upcoming_sessions
from plone import api


class InterestGet(JsonService):
    def reply(self):
        self.route(())
        return self.state()

    def state(self):
        formation = self.context
        user_id = api.user.get_current().getId()
        reply = {
            "@id": f"{formation.absolute_url()}/@interest",
            "interested": is_interested(formation, user_id),
            "scheduled": bool(upcoming_sessions(formation)),
        }
        if api.user.has_permission("Modify portal content", obj=formation):
            reply["people"] = [
                {**person_of(user_id), "since": since.isoformat()} for user_id, since in interested(formation)
            ]
        return reply


def person_of(user_id):
    details = participant_details(user_id)
    return {
        "user_id": user_id,
        "first_name": details["first_name"],
        "last_name": details["last_name"],
        "workplaces": details["workplaces"],
    }


class InterestPost(InterestGet):
    def reply(self):
        self.route(())
        value = self.body().get("interested")
        if not isinstance(value, bool):
            raise Refusal(_('Send {"interested": true or false}.'))
        user_id = api.user.get_current().getId()
        if worker_of(user_id) is None:
            raise Refusal(_("Only workers with a profile may say they are interested."))
        if value and upcoming_sessions(self.context):
            raise Refusal(_("A session is scheduled: register to it on its page."))
        set_interest(self.context, user_id, value)
        return self.state()
