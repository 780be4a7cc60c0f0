"""Small helpers shared by the access model, indexers and services."""

from plone import api
from plone.app.event.base import default_timezone
from zope.globalrequest import getRequest
from ZPublisher.BaseRequest import quote


#: Plone's "never published" dates fall in 1969 or 1970 (by time zone).
FLOOR_YEAR = 1970
#: The request's key of the URLs of the folders ``address`` met.
FOLDER_URLS = "fmm_extranet.folder_urls"


def unrestricted_object(uid):
    """The object with this UID, whoever asks (for computed access only).

    Read from the UID index itself, without a catalog query: indexers and listings
    call this for every item. Only an object created in this very transaction, not
    indexed yet, needs the search through the tool (it processes the indexing queue;
    the index is read first since indexers run from inside that queue).
    """
    if not uid:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    record_id = catalog._catalog.getIndex("UID")._index.get(uid)  # a UUIDIndex: {UID: record id}
    if record_id is not None:
        return catalog.unrestrictedTraverse(catalog.getpath(record_id))
    brains = catalog.unrestrictedSearchResults(UID=uid)
    return brains[0]._unrestrictedGetObject() if brains else None


class BrainObjects:
    """The objects of catalog brains, whoever asks (as ``_unrestrictedGetObject``), each
    folder traversed once: a path from the site's root pays, at each step, the site's
    lookup of the name among its skins — the agenda's lines loaded a hundred."""

    def __init__(self):
        self.folders = {}

    def __call__(self, brain):
        folder_path, _slash, name = brain.getPath().rpartition("/")
        folder = self.folders.get(folder_path)
        if folder is None:
            folder = self.folders[folder_path] = brain.aq_parent.unrestrictedTraverse(folder_path or "/")
        return folder._getOb(name)


def unique_id(container, base):
    """``base``, or ``base-2``, ``base-3``… whichever is free in ``container``."""
    candidate, number = base, 1
    while candidate in container.objectIds():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def listing_date(effective, created):
    """What listings date an item by: its publication date, else its creation date
    (never the floor date Plone answers for what was never published)."""
    return effective if effective and effective.year() > FLOOR_YEAR else created


def localized(value):
    """A datetime in the portal's timezone (Europe/Brussels), as mails and listings print
    it; naive values are taken as local time."""
    tz = default_timezone(as_tzinfo=True)
    return tz.localize(value) if value.tzinfo is None else value.astimezone(tz)


def months_touched(start, end):
    """The months (``YYYY-MM``, in the site's time) from ``start``'s to ``end``'s."""
    first, last = localized(start), localized(end)
    month, last_month = first.year * 12 + first.month - 1, last.year * 12 + last.month - 1
    return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(month, max(month, last_month) + 1)]


def date_of(brain):
    """Publication date, else creation date (never the unset 1969 one), in ISO."""
    date = listing_date(brain.effective, brain.created)
    return date.ISO8601() if date else None


def address(brain):
    """A catalog item's URL, from the request (``brain.getURL`` acquires it through the
    site), its folder's made once a request: the request quotes every step of a path, two
    thirds of an agenda line."""
    request = getRequest()
    path = brain.getPath()
    virtual_root = "/".join(request.other.get("VirtualRootPhysicalPath") or ())
    if len(path) <= len(virtual_root):  # the virtual root itself
        return request.physicalPathToURL(path)
    folder, _slash, name = path.rpartition("/")
    urls = request.other.setdefault(FOLDER_URLS, {})
    if folder not in urls:
        urls[folder] = request.physicalPathToURL(folder)
    return f"{urls[folder]}/{quote(name)}"


def brain_line(brain):
    """What a listing shows of any catalog item: its address, type, title and date."""
    return {
        "@id": address(brain),
        "@type": brain.portal_type,
        "UID": brain.UID,
        "title": brain.Title,
        "description": brain.Description,
        "date": date_of(brain),
    }
