"""equipe and ajouter-un-membre: an MM's managers see its staff, invite, add and remove them."""

from fmm_extranet import _
from fmm_extranet.accounts.browser import check_posted_form
from fmm_extranet.accounts.browser import localized_time
from fmm_extranet.accounts.browser import redirect_with_message
from fmm_extranet.accounts.browser import RuleForm
from fmm_extranet.accounts.browser.request import new_person_fields
from fmm_extranet.accounts.team import add_member
from fmm_extranet.accounts.team import ensure_team_manager
from fmm_extranet.accounts.team import invite
from fmm_extranet.accounts.team import mark_left
from fmm_extranet.accounts.team import member_summary
from fmm_extranet.accounts.team import team
from fmm_extranet.accounts.team import team_member
from fmm_extranet.accounts.workers import ACTIVE
from fmm_extranet.accounts.workers import INVITED
from fmm_extranet.accounts.workers import WILL_RECEIVE_INVITATION
from fmm_extranet.core.errors import translated
from plone.base.utils import safe_text
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from z3c.form import button
from zope.i18nmessageid import Message


TEAM_PAGE = "equipe"
ACCOUNT_LABELS = {
    ACTIVE: _("active"),
    INVITED: _("invited on ${date}"),
    WILL_RECEIVE_INVITATION: _("will receive an invitation"),
}
INVITATIONS_SENT = _("Invitations sent: ${count}.")
MARKED_AS_LEFT = _("${name} is marked as having left the medical house.")
MEMBER_ADDED = _("${name} is added to the team: invite them when you are ready.")


class TeamView(BrowserView):
    """The staff with their account status; invitations and departures are small POST forms."""

    index = ViewPageTemplateFile("templates/team.pt")

    def __call__(self):
        ensure_team_manager(self.context)
        if check_posted_form(self.request):
            redirect_with_message(self.request, self.request.URL, self.act(self.request.form))
            return ""
        self.members = [member_summary(w, self.context) for w in team(self.context)]
        return self.index()

    def act(self, form):
        """Mark ``worker`` as left, or invite them (everyone not active without ``worker``)."""
        house = self.context
        worker_id = safe_text(form.get("worker", "")) or None
        if "left" in form:
            worker = team_member(house, worker_id)
            mark_left(house, worker)
            return Message(MARKED_AS_LEFT, mapping={"name": worker.title})
        invited = invite(house, None if worker_id is None else [worker_id])
        return Message(INVITATIONS_SENT, mapping={"count": len(invited)})

    def account_label(self, member):
        """ "active", "invited on <date>" or "will receive an invitation", translated."""
        label = ACCOUNT_LABELS[member["account"]]
        if member["account"] == INVITED:
            label = Message(label, mapping={"date": localized_time(member["invited"])})
        return translated(label)

    def invitable(self, member):
        return member["account"] != ACTIVE

    def anyone_to_invite(self):
        return any(self.invitable(member) for member in self.members)


class AddMemberForm(RuleForm):
    """A pending worker with a job at this MM; the team page then invites them."""

    label = _("Add a team member")
    description = _("They receive no email yet: invite them from the team page once they are added.")
    fields = new_person_fields()

    def update(self):
        ensure_team_manager(self.context)
        super().update()

    def updateWidgets(self):
        super().updateWidgets()
        self.widgets["email"].description = _("The invitation goes to this address.")
        self.widgets["functions"].description = _(
            "Their functions at this medical house: they open their sectoral groups."
        )

    @button.buttonAndHandler(_("Add to the team"), name="add")
    def handle_add(self, action):
        data = self.valid_data()
        if data is None:
            return
        with self.refusals_shown():
            worker = add_member(self.context, dict(data))
            redirect_with_message(
                self.request,
                f"{self.context.absolute_url()}/{TEAM_PAGE}",
                Message(MEMBER_ADDED, mapping={"name": worker.title}),
            )
