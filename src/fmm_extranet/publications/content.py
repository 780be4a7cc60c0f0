"""What medical houses and coordinators publish: announcements, synthesis pages."""

from fmm_extranet import _
from plone.app.textfield import RichText
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IAnnouncement(model.Schema):
    announcement_type = schema.Choice(
        title=_("Announcement type"),
        vocabulary="fmm_extranet.AnnouncementTypes",
        required=True,
    )
    text = RichText(title=_("Text"), required=True)
    publish_on_website = schema.Bool(
        title=_("Publish on the federation's public website"),
        description=_("Job offers only."),
        required=False,
        default=False,
    )


class ISynthesisPage(model.Schema):
    text = RichText(title=_("Text"), required=False)


@implementer(IAnnouncement)
class Announcement(Item):
    """An announcement of a medical house (job offer, equipment, …)."""


@implementer(ISynthesisPage)
class SynthesisPage(Container):
    """Compiles resources on one theme."""
