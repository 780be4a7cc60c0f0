"""The account life of a worker: request, approval, activation, team, profile, GDPR.

The REST services in ``fmm_extranet.accounts.services`` are thin: the rules live
here. Everything that may not be kept is refused by raising ``errors.Refusal``,
which aborts the transaction (no content, account or email is left behind).
"""

from datetime import datetime
from datetime import UTC
from fmm_extranet.controlpanel.settings import setting  # noqa: F401 (the accounts' settings)
from plone import api
from zope.annotation.interfaces import IAnnotations


WORKERS_FOLDER = "travailleurs"


def now():
    return datetime.now(UTC)


def site_storage(key, factory, create=True):
    """A persistent structure kept in the site's annotations.

    Readers pass ``create=False`` and get an empty one, so that reading never writes.
    """
    annotations = IAnnotations(api.portal.get())
    if key in annotations:
        return annotations[key]
    if not create:
        return factory()
    annotations[key] = factory()
    return annotations[key]
