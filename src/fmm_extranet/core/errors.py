"""Refusals: a 4xx JSON answer with a clear, translated message and field errors."""

from fmm_extranet import _
from plone import api
from plone.rest.errors import ErrorHandling
from zExceptions import Forbidden
from zExceptions import Unauthorized
from zope.globalrequest import getRequest
from zope.i18n import translate


def translated(message):
    """A message in the language negotiated for the current request."""
    return translate(message, context=getRequest())


class Refusal(Exception):
    """The request is refused; raising it aborts the transaction, so nothing is kept.

    Answered as ``{"type", "message", "errors": [{"field", "message"}]}``.
    """

    status = 400
    kind = "BadRequest"

    def __init__(self, message, errors=()):
        super().__init__(message)
        self.message = message
        self.errors = list(errors)


class Conflict(Refusal):
    status = 409
    kind = "Conflict"


class LimitReached(Refusal):
    status = 429
    kind = "TooManyRequests"
    headers = {"Retry-After": "3600"}

    def __init__(self):
        super().__init__(_("Too many requests. Please try again in an hour."))


class FieldErrors:
    """Collects the problems of a request's fields, then refuses them all at once."""

    def __init__(self):
        self.items = []

    def add(self, field, message):
        self.items.append({"field": field, "message": translated(message)})

    def __contains__(self, field):
        return any(item["field"] == field for item in self.items)

    def refuse_if_any(self):
        if self.items:
            raise Refusal(_("Some fields are not valid."), self.items)


def deny():
    """401 for an anonymous visitor, 403 for someone signed in without the right."""
    if api.user.is_anonymous():
        raise Unauthorized("Please sign in.")
    raise Forbidden(translated(_("You may not do this.")))


class RefusalView(ErrorHandling):
    """plone.rest's JSON error view, with the refusal's status and field errors."""

    def __call__(self):
        self.request.response.setStatus(self.context.status, lock=True)
        return super().__call__()

    def render_exception(self, exception):
        result = super().render_exception(exception)
        result.pop("traceback", None)
        result.update(
            type=exception.kind,
            message=translate(exception.message, context=self.request),
            errors=exception.errors,
        )
        return result
