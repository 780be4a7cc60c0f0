"""What medical houses and coordinators publish: announcements, synthesis pages.

A job offer (an announcement of type ``job_offer``) has its own fields; "publish on
the website" puts it in the anonymous feed (``@job-offers``) until its end of
publication (``publications.job_offers``).
"""

from datetime import date
from fmm_extranet import _
from fmm_extranet.core.validation import InvalidValue
from plone.app.textfield import RichText
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.interface import Invalid
from zope.interface import invariant
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


#: The announcement type whose announcements are job offers.
JOB_OFFER = "job_offer"

#: Kinds of contract of a job offer: token → label.
CONTRACTS = {
    "cdi": _("contract_cdi", default="Permanent contract (CDI)"),
    "cdd": _("contract_cdd", default="Fixed-term contract (CDD)"),
    "replacement": _("contract_replacement", default="Replacement"),
    "volunteer": _("contract_volunteer", default="Volunteering"),
    "internship": _("contract_internship", default="Internship"),
    "freelance": _("contract_freelance", default="Self-employed"),
    "other": _("contract_other", default="Other"),
}


@provider(IVocabularyFactory)
def job_contracts(context=None):
    return SimpleVocabulary(
        [SimpleTerm(value=token, token=token, title=label) for token, label in CONTRACTS.items()]
    )


def not_in_the_past(value):
    if value is not None and value < date.today():
        raise InvalidValue(_("This day is already past."))
    return True


class IAnnouncement(model.Schema):
    announcement_type = schema.Choice(
        title=_("Announcement type"),
        vocabulary="fmm_extranet.AnnouncementTypes",
        required=True,
    )
    text = RichText(title=_("Text"), required=True)

    model.fieldset(
        "job_offer",
        label=_("Job offer"),
        fields=[
            "job_functions",
            "contract",
            "working_hours",
            "job_start",
            "how_to_apply",
            "publish_on_website",
            "publication_end",
        ],
    )
    job_functions = schema.List(
        title=_("Function(s)"),
        value_type=schema.Choice(vocabulary="fmm_extranet.Functions"),
        required=False,
        default=[],
        missing_value=[],
    )
    contract = schema.Choice(title=_("Contract"), vocabulary="fmm_extranet.JobContracts", required=False)
    working_hours = schema.TextLine(
        title=_("Working hours"), description=_("For instance: 19 h a week."), required=False
    )
    job_start = schema.Date(title=_("Start"), required=False)
    how_to_apply = schema.Text(
        title=_("How to apply"),
        description=_("Whom to write to, which documents to send, until when."),
        required=False,
    )
    publish_on_website = schema.Bool(
        title=_("Publish on the federation's public website"),
        description=_("Job offers only, until their end of publication."),
        required=False,
        default=False,
    )
    publication_end = schema.Date(
        title=_("End of publication"),
        description=_("Required to publish on the website: the offer leaves it after this day."),
        constraint=not_in_the_past,
        required=False,
    )

    @invariant
    def published_offers_are_job_offers_with_an_end(data):
        if not getattr(data, "publish_on_website", False):
            return
        if getattr(data, "announcement_type", None) != JOB_OFFER:
            raise Invalid(_("Only job offers are published on the website."))
        if getattr(data, "publication_end", None) is None:
            raise Invalid(_("A job offer published on the website needs an end of publication."))


class ISynthesisPage(model.Schema):
    text = RichText(title=_("Text"), required=False)


@implementer(IAnnouncement)
class Announcement(Item):
    """An announcement of a medical house (job offer, equipment, …)."""


@implementer(ISynthesisPage)
class SynthesisPage(Container):
    """Compiles resources on one theme."""
