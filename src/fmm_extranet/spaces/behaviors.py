"""What every group space has: coordinators and a confidentiality flag."""

from fmm_extranet import _
from fmm_extranet.core.fields import user_ids
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


#: Volto's widget of the fields holding user ids: people picked by name.
PEOPLE_PICKER = {"widget": "fmm_people"}


@provider(IFormFieldProvider)
class IGroupSpace(model.Schema):
    """A space run by coordinators, who publish its news, activities and documents."""

    directives.widget("coordinators", frontendOptions=PEOPLE_PICKER)
    coordinators = user_ids(
        _("Coordinators"),
        _("They publish news, activities and documents in this space."),
    )
    confidential = schema.Bool(
        title=_("Confidential"),
        description=_(
            "When checked, even the titles of this space's documents are hidden "
            "from people who may not open them."
        ),
        required=False,
        default=False,
    )


@provider(IFormFieldProvider)
class IThemes(model.Schema):
    """Tags an item (a tool…) with thematic areas: their pages list it."""

    themes = schema.List(
        title=_("Thematic areas"),
        value_type=schema.Choice(vocabulary="fmm_extranet.Thematics"),
        required=False,
        default=[],
        missing_value=[],
    )
