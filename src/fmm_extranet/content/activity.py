"""An agenda item; dates, recurrence, place and contact come from plone.app.event."""

from fmm_extranet import _
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IActivity(model.Schema):
    activity_type = schema.Choice(
        title=_("Activity type"), vocabulary="fmm_extranet.ActivityTypes", required=True
    )
    organiser = schema.Choice(
        title=_("Organiser group"),
        vocabulary="fmm_extranet.GroupSpaces",
        required=False,
    )
    sectors = schema.List(
        title=_("Professions concerned"),
        value_type=schema.Choice(vocabulary="fmm_extranet.Functions"),
        required=False,
        default=[],
        missing_value=[],
    )
    themes = schema.List(
        title=_("Thematic areas"),
        value_type=schema.Choice(vocabulary="fmm_extranet.Thematics"),
        required=False,
        default=[],
        missing_value=[],
    )


@implementer(IActivity)
class Activity(Container):
    """An activity of the movement, of the network, or a training session."""
