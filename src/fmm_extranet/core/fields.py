"""Schema fields shared by several content types."""

from fmm_extranet.core.validation import InvalidValue
from json import JSONDecodeError
from plone.schema import JSONField
from zope import schema
from zope.schema.interfaces import WrongContainedType
import json


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


class CheckedJSONField(JSONField):
    """A JSON field whose refusal says what is expected (``invalid``, translated) rather
    than "wrong contained type"; a text that is not JSON is refused too, not evaluated."""

    def __init__(self, invalid, **kw):
        self.invalid = invalid
        super().__init__(**kw)

    def _validate(self, value):
        try:
            super()._validate(value)
        except WrongContainedType:
            raise InvalidValue(self.invalid) from None

    def fromUnicode(self, value):
        try:
            parsed = json.loads(value)
        except JSONDecodeError:
            raise InvalidValue(self.invalid) from None
        self.validate(parsed)
        return parsed
