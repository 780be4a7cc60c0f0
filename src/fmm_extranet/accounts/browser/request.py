"""demande-de-compte: anyone asks for an account (the guide's "Toute première fois")."""

from fmm_extranet import _
from fmm_extranet.accounts.browser import RuleForm
from fmm_extranet.accounts.requests import RECEIVED
from fmm_extranet.accounts.requests import submit_request
from fmm_extranet.people.content import IJob
from fmm_extranet.people.content import IWorker
from z3c.form import button
from z3c.form import field
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import Interface


class IRequestedAccess(Interface):
    """What a request adds to the worker's names, email and workplace."""

    functions = schema.List(
        title=_("Functions"),
        description=_("Your functions at this workplace: they open your sectoral groups."),
        value_type=schema.Choice(vocabulary="fmm_extranet.Functions"),
        required=True,
    )
    consent = schema.Bool(
        title=_("I agree to the processing of my data as the privacy notice describes."),
        required=True,
    )


def new_person_fields(with_workplace=False):
    """A new worker's names, email, (workplace,) and functions as checkboxes."""
    fields = field.Fields(IWorker).select("first_name", "last_name", "email")
    if with_workplace:
        fields += field.Fields(IJob).select("workplace")
    fields += field.Fields(IRequestedAccess).select("functions")
    fields["functions"].widgetFactory = CheckBoxFieldWidget
    return fields


class AccountRequestForm(RuleForm):
    label = _("Ask for an account")
    description = _(
        "The coordinator of your intergroup or the federation checks your request "
        "within two days; you then receive an email to choose your password."
    )
    fields = new_person_fields(with_workplace=True) + field.Fields(IRequestedAccess).select("consent")

    def updateWidgets(self):
        super().updateWidgets()
        self.widgets["workplace"].prompt = True
        self.widgets["email"].description = _("You will sign in with this address.")

    @button.buttonAndHandler(_("Send my request"), name="send")
    def handle_send(self, action):
        data = self.valid_data()
        if data is None:
            return
        with self.refusals_shown():
            submit_request(dict(data), self.request)
            self.done_message = RECEIVED
