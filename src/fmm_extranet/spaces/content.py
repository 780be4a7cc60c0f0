"""Group spaces: intergroups, sectoral groups, working groups, thematic areas."""

from fmm_extranet import _
from fmm_extranet.core.fields import user_ids
from fmm_extranet.spaces.behaviors import PEOPLE_PICKER
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IIntergroup(model.Schema):
    """A regional intergroup (IGB, IGBW, IGC, IGL, IGH, IGSOL, …)."""

    code = schema.Choice(
        title=_("Intergroup"),
        vocabulary="fmm_extranet.Intergroups",
        required=True,
    )


class ISectoralGroup(model.Schema):
    """A profession's group, across all intergroups; may hold local sub-groups."""

    profession = schema.Choice(
        title=_("Profession"),
        description=_("Every worker holding this function may open the group."),
        vocabulary="fmm_extranet.Functions",
        required=True,
    )
    intergroup = schema.Choice(
        title=_("Intergroup of a local group"),
        description=_("For a local sub-group: its intergroup's page leads to it."),
        vocabulary="fmm_extranet.Intergroups",
        required=False,
    )


class IWorkingGroup(model.Schema):
    """A group of explicitly listed members."""

    directives.widget("members", frontendOptions=PEOPLE_PICKER)
    members = user_ids(_("Members"), _("Only members open the group's documents."))


class IThematic(model.Schema):
    """A thematic area, open to every worker, run by its coordinators."""


@implementer(IIntergroup)
class Intergroup(Container):
    """An intergroup's space."""


@implementer(ISectoralGroup)
class SectoralGroup(Container):
    """A sectoral group's space."""


@implementer(IWorkingGroup)
class WorkingGroup(Container):
    """A working group's space."""


@implementer(IThematic)
class Thematic(Container):
    """A thematic area."""
