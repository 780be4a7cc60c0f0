"""@team on a medical house: its managers see its staff, invite them, add and remove them."""

from fmm_extranet import _
from fmm_extranet.accounts.team import add_member
from fmm_extranet.accounts.team import ensure_team_manager
from fmm_extranet.accounts.team import invite
from fmm_extranet.accounts.team import mark_left
from fmm_extranet.accounts.team import member_summary
from fmm_extranet.accounts.team import team
from fmm_extranet.accounts.team import team_member
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.services import JsonService


class TeamGet(JsonService):
    def reply(self):
        self.route(())
        house = self.context
        ensure_team_manager(house)
        return self.listing("@team", [member_summary(w, house) for w in team(house)])


class TeamPost(JsonService):
    """``POST`` adds a member, ``POST invite`` invites, ``POST <id>/left`` marks one as left."""

    def reply(self):
        shape = self.route((), ("invite",), (None, "left"))
        house = self.context
        ensure_team_manager(house)
        data = self.body()
        if shape == 0:
            worker = add_member(house, data)
            self.request.response.setStatus(201)
            return member_summary(worker, house)
        if shape == 1:
            invited = invite(house, self.worker_ids(data))
            return self.listing("@team/invite", [member_summary(w, house) for w in invited])
        mark_left(house, team_member(house, self.params[0]))
        return self.reply_no_content()

    def worker_ids(self, data):
        """The ``workers`` to invite (all who are not active yet when absent)."""
        ids = data.get("workers")
        if ids is None:
            return None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            errors = FieldErrors()
            errors.add("workers", _("A list of worker ids is expected."))
            errors.refuse_if_any()
        return ids
