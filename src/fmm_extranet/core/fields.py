"""Schema fields shared by several content types."""

from zope import schema


def user_ids(title, description=""):
    """A list of existing Plone user ids."""
    return schema.List(
        title=title,
        description=description,
        value_type=schema.Choice(vocabulary="plone.app.vocabularies.Users"),
        required=False,
        default=[],
        missing_value=[],
    )
