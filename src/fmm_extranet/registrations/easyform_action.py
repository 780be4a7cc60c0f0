"""The registration form of an activity (collective.easyform) and its action.

When registration is enabled, an EasyForm is created inside the Activity. Its
questions start prefilled from the worker's profile (name, medical house,
functions); organisers may add more. Its "Registration" action records the
submission as the current worker's registration, under the rules of
``fmm_extranet.registrations``. The REST service submits through the same form.
"""

from AccessControl import ModuleSecurityInfo
from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.easyform.actions import Action
from collective.easyform.actions import ActionFactory
from collective.easyform.api import get_context
from collective.easyform.api import get_schema
from collective.easyform.browser.view import EasyFormForm
from collective.easyform.config import FORM_ERROR_MARKER
from collective.easyform.interfaces import IAction
from collective.easyform.interfaces import IEasyForm
from fmm_extranet import _
from fmm_extranet.core.mail import in_site_language
from fmm_extranet.registrations import ANNOTATION_KEY
from fmm_extranet.registrations import fill_places
from fmm_extranet.registrations import participant_details
from fmm_extranet.registrations import register
from fmm_extranet.registrations import RegistrationRefused
from fmm_extranet.registrations.questions import empty
from fmm_extranet.registrations.questions import read_answers
from fmm_extranet.registrations.questions import refuse_unsupported
from fmm_extranet.registrations.questions import stored
from plone import api
from plone.supermodel.exportimport import BaseHandler
from zope.annotation.interfaces import IAnnotations
from zope.i18n import translate
from zope.interface import implementer


FORM_ID = "inscription"

#: Questions of a new registration form; the first three come from the profile.
DEFAULT_FIELDS = """<?xml version="1.0" encoding="utf-8"?>
<model xmlns="http://namespaces.plone.org/supermodel/schema"
       xmlns:easyform="http://namespaces.plone.org/supermodel/easyform"
       xmlns:i18n="http://xml.zope.org/namespaces/i18n"
       i18n:domain="fmm_extranet">
  <schema>
    <field name="fullname" type="zope.schema.TextLine"
           easyform:TDefault="python:modules['fmm_extranet.registrations.easyform_action'].profile_answer('fullname')">
      <title i18n:translate="">Name</title>
    </field>
    <field name="workplaces" type="zope.schema.TextLine"
           easyform:TDefault="python:modules['fmm_extranet.registrations.easyform_action'].profile_answer('workplaces')">
      <title i18n:translate="">Medical house</title>
      <required>False</required>
    </field>
    <field name="functions" type="zope.schema.TextLine"
           easyform:TDefault="python:modules['fmm_extranet.registrations.easyform_action'].profile_answer('functions')">
      <title i18n:translate="">Functions</title>
      <required>False</required>
    </field>
    <field name="comments" type="zope.schema.Text">
      <title i18n:translate="">Remarks</title>
      <required>False</required>
    </field>
  </schema>
</model>
"""

DEFAULT_ACTIONS = """<?xml version="1.0" encoding="utf-8"?>
<model xmlns="http://namespaces.plone.org/supermodel/schema"
       xmlns:i18n="http://xml.zope.org/namespaces/i18n"
       i18n:domain="fmm_extranet">
  <schema>
    <field name="registration" type="fmm_extranet.Registration">
      <title i18n:translate="">Registration</title>
    </field>
  </schema>
</model>
"""


class IRegistrationAction(IAction):
    """Records the submission as the current worker's registration to the activity."""


@implementer(IRegistrationAction)
class RegistrationAction(Action):
    __doc__ = IRegistrationAction.__doc__

    def onSuccess(self, fields, request):
        form = get_context(self)
        answers = {name: stored(value) for name, value in fields.items() if not empty(value)}
        try:
            refuse_unsupported(form)
            register(activity_of(form), api.user.get_current().getId(), answers)
        except RegistrationRefused as refusal:
            return {FORM_ERROR_MARKER: translate(refusal.message, context=request)}


RegistrationActionFactory = ActionFactory(
    RegistrationAction, _("Registration to the activity"), "cmf.ModifyPortalContent"
)
RegistrationActionHandler = BaseHandler(RegistrationAction)


def profile_answer(question):
    """The current worker's answer to a profile question, for the form's defaults."""
    details = participant_details(api.user.get_current().getId())
    answers = {
        "fullname": f"{details['first_name']} {details['last_name']}".strip(),
        "workplaces": ", ".join(details["workplaces"]),
        "functions": ", ".join(details["functions"]),
    }
    return answers[question]


ModuleSecurityInfo(__name__).declarePublic("profile_answer")


def activity_of(form):
    return aq_parent(aq_inner(form))


def registration_form(activity):
    """The registration form inside an activity, if any."""
    forms = [obj for obj in activity.objectValues() if IEasyForm.providedBy(obj)]
    return forms[0] if forms else None


def submit(form, answers, request):
    """Check answers against the form's questions, then run its actions.

    Questions left unanswered take their default (the profile for the first
    ones). Raises ``RegistrationRefused`` for unknown questions or a form Volto
    cannot render, a ``Refusal`` with each question's problem for wrong answers.
    """
    unknown = sorted(set(answers) - set(get_schema(form)))
    if unknown:
        raise RegistrationRefused(_("Unknown questions: ${names}", mapping={"names": ", ".join(unknown)}))
    refuse_unsupported(form)
    view = EasyFormForm(form, request)
    errors = view.processActions(view.updateServerSideData(read_answers(form, answers)))
    if errors:
        raise RegistrationRefused(", ".join(str(e) for e in errors.values()))


# Subscribers


def prepare_registration(activity, event):
    """Registration enabled: a form exists; places freed by a new capacity are filled."""
    if not activity.registration_enabled:
        return
    if registration_form(activity) is None:
        with api.env.adopt_roles(["Manager"]):
            api.content.create(
                container=activity,
                type="EasyForm",
                id=FORM_ID,
                title=in_site_language(_("Registration")),
                fields_model=DEFAULT_FIELDS,
                actions_model=DEFAULT_ACTIONS,
                submitLabel=in_site_language(_("Register")),
            )
    fill_places(activity)


def forget_copied_registrations(activity, event):
    """A copy of an activity starts with nobody registered."""
    IAnnotations(activity).pop(ANNOTATION_KEY, None)
