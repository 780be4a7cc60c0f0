"""One-click unsubscribe tokens: per worker, stable, unguessable, for this purpose only.

A token is the worker's UID and its HMAC under a secret of the site kept for this
alone: it needs no storage per worker, survives every mail, and opens nothing else.
"""

from fmm_extranet.core.utils import unrestricted_object
from plone import api
from plone.protect.auto import safeWrite
from zope.annotation.interfaces import IAnnotations
import hashlib
import hmac
import secrets


SECRET_KEY = "fmm_extranet.newsletter_secret"


def secret():
    annotations = IAnnotations(api.portal.get())
    if SECRET_KEY not in annotations:
        annotations[SECRET_KEY] = secrets.token_hex(32)
        safeWrite(annotations)
    return annotations[SECRET_KEY].encode("ascii")


def signature(uid):
    return hmac.new(secret(), f"newsletter-unsubscribe:{uid}".encode(), hashlib.sha256).hexdigest()[:40]


def unsubscribe_token(worker):
    uid = worker.UID()
    return f"{uid}.{signature(uid)}"


def worker_of_token(token):
    """The Worker a token belongs to, or None."""
    uid, _dot, mac = (token or "").partition(".")
    if not uid or not hmac.compare_digest(mac.encode(), signature(uid).encode()):
        return None
    found = unrestricted_object(uid)
    return found if getattr(found, "portal_type", None) == "Worker" else None
