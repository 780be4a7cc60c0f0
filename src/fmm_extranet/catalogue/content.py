"""The training catalogue (Formation) and the tools (Tool), by DEQuaP category."""

from fmm_extranet import _
from plone.app.textfield import RichText
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def dequap_category():
    return schema.Choice(
        title=_("DEQuaP category"),
        vocabulary="fmm_extranet.DequapCategories",
        required=True,
    )


FORMATION_STATUSES = SimpleVocabulary(
    [
        SimpleTerm("scheduled", "scheduled", _("Scheduled")),
        SimpleTerm("waiting_list", "waiting_list", _("Waiting list open")),
        SimpleTerm("archived", "archived", _("Archived")),
    ]
)

TOOL_KINDS = SimpleVocabulary(
    [
        SimpleTerm("kit", "kit", _("Animation kit")),
        SimpleTerm("canvas", "canvas", _("Canvas")),
        SimpleTerm("poster", "poster", _("Poster")),
        SimpleTerm("video", "video", _("Video")),
        SimpleTerm("file", "file", _("File")),
    ]
)


class IFormation(model.Schema):
    context = RichText(title=_("Context"), required=False)
    objectives = RichText(title=_("Objectives"), required=False)
    content = RichText(title=_("Content"), required=False)
    method = RichText(title=_("Method"), required=False)
    audience = schema.Text(title=_("Audience"), required=False)
    dequap_category = dequap_category()
    formation_status = schema.Choice(
        title=_("Status"), vocabulary=FORMATION_STATUSES, default="scheduled", required=True
    )


class ITool(model.Schema):
    tool_kind = schema.Choice(title=_("Kind of tool"), vocabulary=TOOL_KINDS, required=True)
    dequap_category = dequap_category()
    video_url = schema.URI(title=_("Video link"), required=False)
    file = NamedBlobFile(title=_("File"), required=False)


@implementer(IFormation)
class Formation(Container):
    """A training sheet; contains its sessions (Activities) and documents."""


@implementer(ITool)
class Tool(Item):
    """An animation kit, canvas, poster, video or file."""
