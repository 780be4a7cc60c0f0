"""A worker's profile and their jobs. Email and GSM are private fields."""

from fmm_extranet import _
from fmm_extranet import FEDERATION
from fmm_extranet.core.utils import unrestricted_object
from fmm_extranet.core.validation import InvalidValue
from fmm_extranet.core.vocabularies import FEDERATION_LABEL
from fmm_extranet.core.vocabularies import registry_terms
from fmm_extranet.core.vocabularies import term_label
from fmm_extranet.people.functions_widget import FunctionsFieldWidget
from plone import api
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobImage
from plone.schema import Email
from plone.schema import JSONField
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary
import json


PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp")
PHOTO_MAX_BYTES = 5 * 1024 * 1024
#: How often a worker is mailed what is new in their spaces (``whats_new``).
DIGEST_FREQUENCIES = SimpleVocabulary(
    [
        SimpleTerm("never", title=_("Never")),
        SimpleTerm("daily", title=_("Every day")),
        SimpleTerm("weekly", title=_("Every week")),
    ]
)


def existing_user(value):
    if api.user.get(userid=value) is None:
        raise InvalidValue(_("No account exists with this user id."))
    return True


def acceptable_photo(value):
    if value.contentType not in PHOTO_TYPES:
        raise InvalidValue(_("The photo must be a JPEG, PNG or WebP image."))
    if value.getSize() > PHOTO_MAX_BYTES:
        raise InvalidValue(_("The photo must be smaller than 5 MB."))
    return True


class IWorker(model.Schema):
    first_name = schema.TextLine(title=_("First name"), required=True)
    last_name = schema.TextLine(title=_("Last name"), required=True)

    directives.read_permission(email="fmm_extranet.ViewWorkerEmail")
    email = Email(
        title=_("Email"),
        description=_("Never shown to other users."),
        required=True,
    )

    directives.read_permission(mobile="fmm_extranet.ViewWorkerMobile")
    mobile = schema.TextLine(
        title=_("Mobile (GSM)"),
        description=_("Seen by the federation staff only."),
        required=False,
    )

    directives.write_permission(user_id="fmm_extranet.ManageWorkerStatus")
    user_id = schema.TextLine(
        title=_("Account"),
        description=_("The user id of the Plone account this profile belongs to."),
        constraint=existing_user,
        required=True,
    )

    directives.write_permission(left_date="fmm_extranet.ManageWorkerStatus")
    left_date = schema.Date(title=_("Left the movement on"), required=False)

    subscriptions = schema.List(
        title=_("Subscribed thematic areas"),
        value_type=schema.Choice(vocabulary="fmm_extranet.Thematics"),
        required=False,
        default=[],
        missing_value=[],
    )
    internship_supervisor = schema.Bool(title=_("Internship supervisor (maître de stage)"), required=False)
    expertise = schema.TextLine(title=_("Expertise / speciality"), required=False)
    photo = NamedBlobImage(title=_("Photo"), constraint=acceptable_photo, required=False)
    directives.read_permission(
        newsletter="fmm_extranet.ViewWorkerEmail", digest="fmm_extranet.ViewWorkerEmail"
    )
    newsletter = schema.Bool(title=_("Receive the newsletter"), default=True, required=False)
    digest = schema.Choice(
        title=_("News digest by mail"),
        vocabulary=DIGEST_FREQUENCIES,
        default="weekly",
        required=False,
    )


@implementer(IWorker)
class Worker(Container):
    """The profile behind an account; contains its Jobs."""

    @property
    def title(self):
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @title.setter
    def title(self, value):
        """The title is derived from the names."""

    @property
    def status(self):
        """pending, active, rejected or left: the profile's workflow state, the one source
        of this fact (None before the workflow has started). Changed only by a transition
        (``fmm_extranet.people.workers.set_status``)."""
        return api.content.get_state(self, default=None)

    def jobs(self):
        return [obj for obj in self.objectValues() if IJob.providedBy(obj)]


FUNCTIONS_SCHEMA = json.dumps(
    {
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "object",
            "required": ["function"],
            "properties": {
                "function": {"type": "string"},
                "complement": {"type": ["string", "null"]},
                "speciality": {"type": ["string", "null"], "maxLength": 200},
            },
            "additionalProperties": False,
        },
    }
)


def known_functions(value):
    """Every function and complement token exists in the Extranet settings."""
    if not value:
        raise InvalidValue(_("A job needs at least one function."))
    functions = dict(registry_terms("functions"))
    complements = dict(registry_terms("function_complements"))
    for entry in value:
        if not isinstance(entry, dict):
            raise InvalidValue(_("Each function must be an object with a function token."))
        if entry.get("function") not in functions:
            raise InvalidValue(_("Unknown function: ${token}", mapping={"token": entry.get("function")}))
        complement = entry.get("complement")
        if complement and complement not in complements:
            raise InvalidValue(_("Unknown complement: ${token}", mapping={"token": complement}))
    return True


class IJob(model.Schema):
    workplace = schema.Choice(
        title=_("Workplace"),
        description=_("A medical house, or the federation."),
        vocabulary="fmm_extranet.Workplaces",
        required=True,
    )
    directives.widget("functions", FunctionsFieldWidget, frontendOptions={"widget": "fmm_functions"})
    functions = JSONField(
        title=_("Functions"),
        description=_("Your functions at this workplace; complement and speciality are optional."),
        schema=FUNCTIONS_SCHEMA,
        constraint=known_functions,
        required=True,
    )
    email = Email(title=_("Contact email for this job"), required=False)
    email_public = schema.Bool(title=_("Show this email to all workers"), required=False)
    phone = schema.TextLine(title=_("Phone for this job"), required=False)
    phone_public = schema.Bool(title=_("Show this phone to all workers"), required=False)
    mobile = schema.TextLine(title=_("GSM for this job"), required=False)
    mobile_public = schema.Bool(title=_("Show this GSM to all workers"), required=False)


#: The job's contact fields and the flag that makes each public.
JOB_CONTACT_FLAGS = {"email": "email_public", "phone": "phone_public", "mobile": "mobile_public"}


@implementer(IJob)
class Job(Item):
    """One workplace of a worker, with the functions held there."""

    @property
    def title(self):
        names = ", ".join(self.function_titles())
        return f"{self.workplace_title()} — {names}" if names else self.workplace_title()

    @title.setter
    def title(self, value):
        """The title is derived from the workplace and functions."""

    def function_titles(self):
        """The labels of the functions held here, in their order."""
        return [term_label("functions", entry.get("function")) for entry in self.functions or []]

    def workplace_object(self):
        """The MedicalHouse of this job, or None for the federation."""
        if not self.workplace or self.workplace == FEDERATION:
            return None
        return unrestricted_object(self.workplace)

    def workplace_title(self):
        if self.workplace == FEDERATION:
            return api.portal.translate(FEDERATION_LABEL, lang="fr")
        house = self.workplace_object()
        return house.Title() if house is not None else ""
