"""The base of every custom REST endpoint: sub-paths, JSON body, batching, one error shape.

A service declares its URL, method and permission in ZCML (``plone:service``); its
handler may narrow the scope ("your intergroup only") but does not check the
permission again. Refusals (``core.errors``) answer in the one error shape.

Writes (POST, PUT, PATCH) accept only ``Content-Type: application/json``, even
without a body (``{}`` is sent): a cross-site form (``text/plain``, urlencoded,
multipart) or a body-less cross-site ``fetch`` is refused with a 415 before anything
is read, so the CSRF opt-out of JSON calls is safe. A ``DELETE`` (which no other site
can send without CORS) may come without a body.
"""

from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.errors import translated
from fmm_extranet.core.errors import UnknownPath
from fmm_extranet.core.errors import UnsupportedMediaType
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.batching import DEFAULT_BATCH_SIZE
from plone.restapi.batching import HypermediaBatch
from plone.restapi.interfaces import ISerializeToJsonSummary
from plone.restapi.services import _no_content_marker
from plone.restapi.services import Service
from plone.restapi.services.content.add import FolderPost
from zExceptions import Forbidden
from zope.component import getMultiAdapter
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse
import json


WRITE_METHODS = frozenset(("POST", "PUT", "PATCH", "DELETE"))
JSON = "application/json"
NOT_AN_OBJECT = _("The body must be a JSON object.")
NOT_ADDABLE_HERE = _("This kind of content cannot be added here.")


def media_type(request):
    """The request's Content-Type without its parameters (``charset``…), or ``None``."""
    value = request.getHeader("Content-Type") or request.environ.get("CONTENT_TYPE")
    return value.split(";")[0].strip().lower() if value else None


def form_values(form, name):
    """The values of a repeatable query parameter (``?function=a&function=b``); ``[]``
    when it is absent or empty."""
    value = form.get(name)
    if value in (None, ""):
        return []
    return value if isinstance(value, list) else [value]


def raw_body(request):
    body = request.get("BODY") or b""
    return body.decode("utf-8") if isinstance(body, bytes) else body


@implementer(IPublishTraverse)
class JsonService(Service):
    """A REST endpoint taking path parameters (``@team/<worker id>/left``), a JSON body
    and batching parameters; every refusal answers in the one error shape."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []
        self.data = None

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
        raise UnknownPath("/".join(self.params))

    def render(self):
        if self.request.method in WRITE_METHODS:
            self.data = self.read_json()
            alsoProvides(self.request, IDisableCSRFProtection)  # JSON only: no cross-site form
        self.check_permission()
        content = self.reply()
        if content is _no_content_marker:
            return None
        self.request.response.setHeader("Content-Type", self.content_type)
        # Compact, as json's C encoder writes it: plone.restapi's indented JSON goes through
        # the pure-Python encoder (a tenth of a search's time).
        return json.dumps(content, sort_keys=True, separators=(",", ":"))

    def read_json(self):
        """The JSON object of a write (``{}`` for an empty body); refused otherwise."""
        kind = media_type(self.request)
        bodyless_delete = kind is None and self.request.method == "DELETE"
        if kind != JSON and not (bodyless_delete and not raw_body(self.request).strip()):
            raise UnsupportedMediaType()
        text = raw_body(self.request)
        if not text.strip():
            return {}
        try:
            data = json.loads(text)
        except ValueError:
            raise Refusal(NOT_AN_OBJECT) from None
        if not isinstance(data, dict):
            raise Refusal(NOT_AN_OBJECT)
        return data

    def body(self):
        """The JSON object sent (``{}`` when nothing was sent)."""
        if self.data is None:
            self.data = self.read_json()
        return self.data

    def listing(self, name, items):
        """A whole list: ``{"@id", "items", "items_total"}``."""
        return {
            "@id": f"{self.context.absolute_url()}/{name}",
            "items": items,
            "items_total": len(items),
        }

    def summary(self, item, name="", within=None):
        """What a listing shows of ``item``: its summary serializer (an adapter), named for
        a particular listing (``account-request``), seen ``within`` a place (a team)."""
        objects = (item, self.request) if within is None else (item, within, self.request)
        return getMultiAdapter(objects, ISerializeToJsonSummary, name=name)()

    def batched(self, items, summary=None):
        """One page of ``items`` (``b_start``, ``b_size``), with plone.restapi's links."""
        errors = FieldErrors()
        for name, default, least in (("b_start", 0, 0), ("b_size", DEFAULT_BATCH_SIZE, 1)):
            value = self.request.form.get(name, default)
            try:
                valid = int(value) >= least
            except (TypeError, ValueError):
                valid = False
            if not valid:
                errors.add(name, _("A whole number from ${least} is expected.", mapping={"least": least}))
        errors.refuse_if_any()
        batch = HypermediaBatch(self.request, items)
        return {
            "@id": batch.canonical_url,
            "items_total": batch.items_total,
            "items": [summary(item) for item in batch] if summary else list(batch),
            **({"batching": batch.links} if batch.links else {}),
        }


class ContentPost(JsonService, FolderPost):
    """plone.restapi's add as every endpoint of ours: JSON only, no sub-path, and its
    refusal of a type here (permission, the container's constraints) in the one error
    shape, not as ``{"error": …}``."""

    def reply(self):
        self.route(())
        result = super().reply()
        if self.request.response.getStatus() == 403 and set(result) == {"error"}:
            raise Forbidden(translated(NOT_ADDABLE_HERE, self.request))
        return result
