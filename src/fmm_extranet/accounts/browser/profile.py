"""mon-profil and mes-donnees: the signed-in worker's profile, jobs, shortcuts and data."""

from base64 import b64encode
from fmm_extranet import _
from fmm_extranet.accounts.browser import redirect_with_message
from fmm_extranet.accounts.browser import RuleForm
from fmm_extranet.accounts.profile import profile_completion
from fmm_extranet.accounts.profile import PROFILE_FIELDS
from fmm_extranet.accounts.profile import shortcuts
from fmm_extranet.accounts.profile import update_profile
from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.interfaces import IFmmExtranetLayer
from fmm_extranet.people.content import IWorker
from fmm_extranet.people.workers import worker_of
from plone import api
from plone.base.interfaces import IRedirectAfterLogin
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from z3c.form import button
from z3c.form import field
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from z3c.form.interfaces import NOT_CHANGED
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface


SAVED = _("Your profile is saved.")
COMPLETE_IT = _(
    "Welcome! Complete your profile: your photo, your GSM and the themes you follow "
    "help your colleagues and bring you the right news."
)


def uploaded_photo(value):
    """The photo as the JSON deserializer takes it: removed (None) or a new image."""
    if value is None:
        return None
    return {
        "data": b64encode(value.data).decode("ascii"),
        "encoding": "base64",
        "filename": value.filename,
        "content-type": value.contentType,
    }


class ProfileForm(RuleForm):
    """The worker's own fields; their email changes only through an activation link."""

    label = _("My profile")
    ignoreContext = False
    template = ViewPageTemplateFile("templates/profile.pt")
    fields = field.Fields(IWorker).select(*PROFILE_FIELDS)
    fields["subscriptions"].widgetFactory = CheckBoxFieldWidget

    def getContent(self):
        return self.worker

    def update(self):
        self.worker = current_worker()
        if self.request.method == "GET" and profile_completion(self.worker)["required"]:
            self.status = api.portal.translate(COMPLETE_IT)
        super().update()

    @button.buttonAndHandler(_("Save my profile"), name="save")
    def handle_save(self, action):
        data = self.valid_data()
        if data is None:
            return
        changes = {name: value for name, value in data.items() if value is not NOT_CHANGED}
        if "photo" in changes:
            changes["photo"] = uploaded_photo(changes["photo"])
        with self.refusals_shown():
            update_profile(self.worker, changes, self.request)
            redirect_with_message(self.request, self.request.URL, SAVED)

    def jobs(self):
        """The worker's jobs, with what the "my jobs" list shows and may do with them."""
        return [
            {
                "url": job.absolute_url(),
                "workplace": job.workplace_title(),
                "functions": ", ".join(job.function_titles()),
            }
            for job in self.worker.jobs()
        ]

    def shortcuts(self):
        return shortcuts(self.worker)


@implementer(IRedirectAfterLogin)
@adapter(Interface, IFmmExtranetLayer)
class ProfileCompletionFirst:
    """First login leads to profile completion, until the worker saves their profile."""

    def __init__(self, context, request):
        self.context = context
        self.request = request

    def __call__(self, came_from=None, is_initial_login=False):
        worker = worker_of(api.user.get_current().getId())
        if worker is not None and profile_completion(worker)["required"]:
            return f"{api.portal.get().absolute_url()}/mon-profil"
        return came_from
