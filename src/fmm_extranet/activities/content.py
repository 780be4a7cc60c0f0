"""An agenda item; dates, recurrence, place and contact come from plone.app.event."""

from fmm_extranet import _
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from plone.supermodel.directives import fieldset
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

    fieldset(
        "registration",
        label=_("Registration"),
        fields=["registration_enabled", "capacity", "registration_deadline", "waiting_list"],
    )
    registration_enabled = schema.Bool(
        title=_("Registration open"),
        description=_("Workers register through a form created inside the activity."),
        required=False,
        default=False,
    )
    capacity = schema.Int(
        title=_("Number of places"),
        description=_("Leave empty for no limit."),
        min=1,
        required=False,
    )
    registration_deadline = schema.Datetime(
        title=_("Registration deadline"),
        required=False,
    )
    waiting_list = schema.Bool(
        title=_("Waiting list"),
        description=_("When the activity is full, new registrations go to a waiting list."),
        required=False,
        default=False,
    )

    # Set by its organisers' "cancel this session" (registrations), never in the edit form.
    directives.omitted("session_cancelled")
    session_cancelled = schema.Bool(
        title=_("Session cancelled"),
        required=False,
        default=False,
    )


@implementer(IActivity)
class Activity(Container):
    """An activity of the movement, of the network, or a training session.

    The fields that listings read of every activity have their schema's default here:
    a field never set is otherwise looked up in the schemata on each read (the agenda
    reads them about fifteen times per line). Immutable values only.
    """

    # plone.app.event's IEventBasic and IEventRecurrence
    whole_day = False
    open_end = False
    recurrence = None
    # IActivity
    organiser = None
    session_cancelled = False
    # Each adaptation (about twelve per agenda line) asks an object for ``__conform__``:
    # a container looks it up among its items each time; an activity has none.
    __conform__ = None
