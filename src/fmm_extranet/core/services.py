"""REST services of the account life of a worker; the rules are in fmm_extranet.accounts."""

from fmm_extranet import _
from fmm_extranet.core.errors import Refusal
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from plone.restapi.services import Service
from zExceptions import NotFound
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class AccountService(Service):
    """A service taking path parameters (``@team/<worker id>/left``) and a JSON body."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self

    def route(self, *shapes):
        """The index of the shape the parameters match (``None`` matches any one value)."""
        for index, shape in enumerate(shapes):
            if len(shape) == len(self.params) and all(
                expected in (None, given) for expected, given in zip(shape, self.params, strict=True)
            ):
                return index
        raise NotFound("/".join(self.params))

    def allow_writing(self):
        """REST calls carry no CSRF token: this one may write."""
        alsoProvides(self.request, IDisableCSRFProtection)

    def body(self):
        """The JSON object sent, by a call that may write."""
        self.allow_writing()
        try:
            data = json_body(self.request)
        except DeserializationError:
            data = None
        if not isinstance(data, dict):
            raise Refusal(_("The body must be a JSON object."))
        return data

    def listing(self, name, items):
        return {
            "@id": f"{self.context.absolute_url()}/{name}",
            "items": items,
            "items_total": len(items),
        }
