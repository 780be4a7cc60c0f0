"""Validation errors with a clear, translatable message for plone.restapi and forms."""

from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.schema.interfaces import ValidationError


class InvalidValue(ValidationError):
    """The value is not acceptable."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def doc(self):
        return translate(self.message, context=getRequest())

    def __str__(self):
        return self.doc()
