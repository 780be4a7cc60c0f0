"""Refusals: a 4xx JSON answer with a clear, translated message and field errors.

Every refusal of the REST API has one shape, ``{"type", "message", "errors":
[{"field", "message"}]}``, in the language of the request: our ``Refusal``\\ s, and
the ``BadRequest`` and ``Forbidden`` raised by plone.restapi (its validation of our
content types: a list of errors, never its Python ``repr``) or by older code.
"""

from fmm_extranet import _
from plone import api
from plone.rest.errors import ErrorHandling
from zExceptions import Forbidden
from zExceptions import NotFound
from zExceptions import Unauthorized
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.i18nmessageid import Message


INVALID_FIELDS = _("Some fields are not valid.")
INVALID_REQUEST = _("The request is not valid.")
SIGN_IN = _("Please sign in.")
NOT_ALLOWED = _("You may not do this.")


def translated(message, request=None):
    """A message in the language negotiated for the request (the current one by default)."""
    return translate(message, context=request if request is not None else getRequest())


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


class Busy(Refusal):
    """A lock was not free in time (``core.locks``): the client may try again soon."""

    status = 503
    kind = "ServiceUnavailable"
    headers = {"Retry-After": "5"}

    def __init__(self):
        super().__init__(_("The extranet is very busy: please try again in a moment."))


class UnknownPath(Refusal):
    """A service was called with sub-paths it does not take."""

    status = 404
    kind = "NotFound"

    def __init__(self, path):
        super().__init__(_("This address does not exist: ${path}", mapping={"path": path}))


class UnsupportedMediaType(Refusal):
    """A write request whose body is not JSON (a cross-site form, a text/plain POST…)."""

    status = 415
    kind = "UnsupportedMediaType"

    def __init__(self):
        super().__init__(_("Send the request as JSON (Content-Type: application/json)."))


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
            raise Refusal(INVALID_FIELDS, self.items)


def deny():
    """401 for an anonymous visitor, 403 for someone signed in without the right."""
    if api.user.is_anonymous():
        raise Unauthorized("Please sign in.")
    raise Forbidden(translated(NOT_ALLOWED))


def message_of(error):
    """A validation error's message, translated (plone.restapi keeps zope.schema's ``doc()``)."""
    message = error.get("message") if isinstance(error, dict) else error
    if isinstance(message, Message):
        return translated(message)
    return str(message or translated(INVALID_REQUEST))


def shape_of(exception, request):
    """(status or None for the exception's own, type, message, errors) of an exception."""
    if isinstance(exception, Refusal):
        return (
            exception.status,
            exception.kind,
            translated(exception.message, request),
            exception.errors,
        )
    detail = exception.args[0] if exception.args else None
    if isinstance(detail, list | tuple):
        # plone.restapi's deserializer: [{"message", "field", "error"}, ...]
        errors = [
            {
                "field": error.get("field") if isinstance(error, dict) else None,
                "message": message_of(error),
            }
            for error in detail
        ]
        return 400, "BadRequest", translated(INVALID_FIELDS, request), errors
    if isinstance(exception, NotFound):
        message = _("This address does not exist: ${path}", mapping={"path": request.getURL()})
    elif isinstance(exception, Unauthorized):
        message = SIGN_IN if api.user.is_anonymous() else NOT_ALLOWED
    else:
        message = detail or INVALID_REQUEST
    return None, type(exception).__name__, translated(message, request), []


class RefusalView(ErrorHandling):
    """plone.rest's JSON error view, in the one shape: status, type, message, field errors.

    Registered for our refusals and Zope's ``BadRequest``, ``Forbidden``, ``NotFound`` and
    ``Unauthorized`` on REST requests; no traceback, even for a Manager (not a bug).
    """

    def __call__(self):
        status = shape_of(self.context, self.request)[0]
        if status is not None:
            self.request.response.setStatus(status, lock=True)
        return super().__call__()

    def render_exception(self, exception):
        result = super().render_exception(exception)
        if result is None:  # plone.rest redirected
            return result
        result.pop("traceback", None)
        _status, kind, message, errors = shape_of(exception, self.request)
        result.update(type=kind, message=message, errors=errors)
        return result
