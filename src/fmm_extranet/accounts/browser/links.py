"""The pages of the one-time links the extranet mails, and the new-password request."""

from fmm_extranet import _
from fmm_extranet.accounts.activation import activate
from fmm_extranet.accounts.activation import ACTIVATED
from fmm_extranet.accounts.activation import request_reset
from fmm_extranet.accounts.activation import RESET_SENT
from fmm_extranet.accounts.browser import RuleForm
from fmm_extranet.core.errors import FieldErrors
from plone.schema.email import Email
from z3c.form import button
from z3c.form import field
from z3c.form.interfaces import HIDDEN_MODE
from zope import schema
from zope.interface import Interface


class ILinkUse(Interface):
    token = schema.ASCIILine(title=_("Link"), required=False)
    password = schema.Password(
        title=_("New password"),
        description=_("At least 8 characters."),
        required=True,
    )
    password_confirmation = schema.Password(title=_("Confirm the password"), required=True)
    email = Email(
        title=_("Email address to sign in with"),
        description=_("Leave empty to keep the address this email was sent to."),
        required=False,
    )
    consent = schema.Bool(
        title=_("I agree to the processing of my data as the privacy notice describes."),
        description=_("Required when your team added you to the extranet."),
        required=False,
    )


class IResetRequest(Interface):
    email = Email(title=_("Your email address"), required=True)


class NewPasswordForm(RuleForm):
    """nouveau-mot-de-passe?token=…: the reset link chooses a password."""

    label = _("Choose a new password")
    fields = field.Fields(ILinkUse).select("token", "password", "password_confirmation")
    fields["token"].mode = HIDDEN_MODE

    def update(self):
        if not self.request.form.get("token") and "form.widgets.token" not in self.request.form:
            # Without a link there is nothing to use: ask for a new one.
            self.request.response.redirect(f"{self.context.absolute_url()}/mot-de-passe-oublie")
        super().update()

    def updateWidgets(self):
        super().updateWidgets()
        token = self.widgets["token"]
        token.value = token.value or self.request.form.get("token", "")
        for name in ("password", "password_confirmation"):
            self.widgets[name].autocomplete = "new-password"

    @button.buttonAndHandler(_("Save my password"), name="save")
    def handle_save(self, action):
        data = self.valid_data()
        if data is None:
            return
        with self.refusals_shown():
            if data["password"] != data["password_confirmation"]:
                errors = FieldErrors()
                errors.add("password_confirmation", _("The two passwords differ."))
                errors.refuse_if_any()
            activate({name: data.get(name) for name in ("token", "password", "email", "consent")})
            self.done_message = ACTIVATED


class ActivationForm(NewPasswordForm):
    """activer-mon-compte?token=…: an approval or invitation link activates the account."""

    label = _("Activate my account")
    fields = field.Fields(ILinkUse)
    fields["token"].mode = HIDDEN_MODE


class ResetRequestForm(RuleForm):
    """mot-de-passe-oublie: mail a new-password link, never telling whether the account exists."""

    label = _("Forgot your password?")
    description = _("We mail you a link to choose a new one, valid for a limited time.")
    fields = field.Fields(IResetRequest)

    @button.buttonAndHandler(_("Send me a link"), name="send")
    def handle_send(self, action):
        data = self.valid_data()
        if data is None:
            return
        with self.refusals_shown():
            request_reset(dict(data), self.request)
            self.done_message = RESET_SENT
