"""Favourites (the guide's heart): each worker's own list of items, newest first.

The list holds UIDs in the worker's profile; it is read through the catalog as
the worker, so an item they may no longer open drops out of it.
"""

from persistent.list import PersistentList
from plone import api
from zope.annotation.interfaces import IAnnotations


FAVOURITES_KEY = "fmm_extranet.favourites"


def favourite_uids(worker):
    return list(IAnnotations(worker).get(FAVOURITES_KEY, ()))


def is_favourite(worker, obj):
    return api.content.get_uuid(obj) in favourite_uids(worker)


def add_favourite(worker, obj):
    """Put ``obj`` first in the worker's favourites (once)."""
    annotations = IAnnotations(worker)
    uids = annotations.setdefault(FAVOURITES_KEY, PersistentList())
    uid = api.content.get_uuid(obj)
    if uid in uids:
        uids.remove(uid)
    uids.insert(0, uid)


def remove_favourite(worker, obj):
    uids = IAnnotations(worker).get(FAVOURITES_KEY)
    uid = api.content.get_uuid(obj)
    if uids is not None and uid in uids:
        uids.remove(uid)


def forget_favourites(worker):
    IAnnotations(worker).pop(FAVOURITES_KEY, None)


def favourites(worker):
    """The favourite items the current user may open, newest first."""
    uids = favourite_uids(worker)
    if not uids:
        return []
    brains = {b.UID: b for b in api.portal.get_tool("portal_catalog")(UID=uids)}
    return [
        {
            "@id": brains[uid].getURL(),
            "@type": brains[uid].portal_type,
            "UID": uid,
            "title": brains[uid].Title,
            "description": brains[uid].Description,
        }
        for uid in uids
        if uid in brains
    ]
