"""@team on a medical house (or on the site: the federation's staff): its managers see
the staff, invite them, correct an email, add and remove members, delegate; @my-teams."""

from fmm_extranet import _
from fmm_extranet.accounts.team import add_member
from fmm_extranet.accounts.team import correct_email
from fmm_extranet.accounts.team import delegate
from fmm_extranet.accounts.team import ensure_team_manager
from fmm_extranet.accounts.team import invite
from fmm_extranet.accounts.team import managed_teams
from fmm_extranet.accounts.team import mark_left
from fmm_extranet.accounts.team import take_back
from fmm_extranet.accounts.team import team
from fmm_extranet.accounts.team import team_member
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.errors import UnknownPath
from fmm_extranet.core.services import JsonService


class TeamService(JsonService):
    """A service on a team (its context): members are summarised within it."""

    def member(self, worker):
        return self.summary(worker, "team-member", within=self.context)


class TeamGet(TeamService):
    """The members, and what the team is (``team``: title, uid, federation or not)."""

    def reply(self):
        self.route(())
        place = self.context
        ensure_team_manager(place)
        listing = self.listing("@team", [self.member(w) for w in team(place)])
        return {**listing, "team": self.summary(place, "team")}


#: ``POST @team/<id>/<action>``: what happens to one member.
MEMBER_ACTIONS = {"left": mark_left, "delegate": delegate, "take-back": take_back}


class TeamPost(TeamService):
    """``POST`` adds a member, ``POST invite`` invites, ``POST <id>/left|delegate|take-back``."""

    def reply(self):
        shape = self.route((), ("invite",), (None, None))
        place = self.context
        ensure_team_manager(place)
        data = self.body()
        if shape == 0:
            worker = add_member(place, data)
            self.request.response.setStatus(201)
            return self.member(worker)
        if shape == 1:
            invited = invite(place, self.worker_ids(data))
            return self.listing("@team/invite", [self.member(w) for w in invited])
        worker_id, action = self.params
        if action not in MEMBER_ACTIONS:
            raise UnknownPath("/".join(self.params))
        MEMBER_ACTIONS[action](place, team_member(place, worker_id))
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


class TeamPatch(TeamService):
    """``PATCH @team/<id>`` ``{"email"}``: correct the email of a member not active yet
    and send the invitation again, to the new address only."""

    def reply(self):
        self.route((None,))
        place = self.context
        ensure_team_manager(place)
        worker = correct_email(place, team_member(place, self.params[0]), self.body())
        return self.member(worker)


class MyTeamsGet(JsonService):
    """The teams the signed-in user manages (none for most workers)."""

    def reply(self):
        self.route(())
        return self.listing("@my-teams", [self.summary(place, "team") for place in managed_teams()])
