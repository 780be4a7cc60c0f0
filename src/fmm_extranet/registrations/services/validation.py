"""Request bodies and refusals of the registration services: always a clear 400."""

from contextlib import contextmanager
from fmm_extranet import _
from fmm_extranet.registrations import RegistrationRefused
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from zExceptions import BadRequest
from zope.i18n import translate


@contextmanager
def refusal_as_bad_request(request):
    try:
        yield
    except RegistrationRefused as refusal:
        raise BadRequest(translate(refusal.message, context=request)) from None


def json_object(request):
    """The JSON object sent; ``RegistrationRefused`` for anything else."""
    try:
        return json_body(request)
    except DeserializationError:
        raise RegistrationRefused(_("Send a JSON object.")) from None
