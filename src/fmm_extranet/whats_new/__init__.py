"""What is new in a worker's spaces: since they last opened each one, and by mail.

On the worker (an annotation, so it goes with their data: ``personal_data``): when
they last opened each space (UID → datetime, written by ``POST <space>/@seen``) and
when they were last sent a digest (``digests``). A space never opened counts what was
created in it during the last 30 days (``NEVER_OPENED_WINDOW``).

A space's items are those the ``fmm_groups`` index gives it: stored inside it or
tagged with it ("Groupes concernés"); they are new by their creation date.
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from datetime import timedelta
from datetime import UTC
from fmm_extranet.accounts.profile import shortcuts
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations


RECORD_KEY = "fmm_extranet.whats_new"
#: The kinds of content that count as news in a space (not its workers, jobs, folders).
NEW_TYPES = (
    "News Item",
    "Activity",
    "Document",
    "File",
    "Announcement",
    "Formation",
    "Tool",
    "SynthesisPage",
)
NEVER_OPENED_WINDOW = timedelta(days=30)


def now():
    return datetime.now(UTC)


def record(worker):
    """What this capability keeps on the worker: ``seen`` (UID → when) and ``digest``."""
    annotations = IAnnotations(worker)
    if RECORD_KEY not in annotations:
        annotations[RECORD_KEY] = PersistentMapping(seen=OOBTree(), digest=None)
    return annotations[RECORD_KEY]


def read_record(worker):
    return IAnnotations(worker).get(RECORD_KEY, {})


def last_seen(worker, space_uid):
    """When the worker last opened the space (None: never)."""
    return read_record(worker).get("seen", {}).get(space_uid)


def mark_seen(worker, space_uid):
    """Record that the worker opens the space now; when they opened it before (or None)."""
    seen = record(worker)["seen"]
    previous = seen.get(space_uid)
    seen[space_uid] = now()
    return previous


def forget(worker):
    IAnnotations(worker).pop(RECORD_KEY, None)


def created_in(uids, dates):
    """The catalog query of the items of the spaces ``uids`` created at ``dates`` (a
    ``created`` criterion: the catalog keeps dates to the minute)."""
    return {"fmm_groups": list(uids), "portal_type": NEW_TYPES, "created": dates}


def new_items(search, uids, since, until=None, **query):
    """The items created after ``since`` (and until ``until``) in the spaces ``uids``, as
    ``search`` (a catalog's search method) finds them with ``query``. The catalog keeps
    dates to the minute: the exact times are compared again."""
    dates = {"query": (since, until), "range": "min:max"} if until else {"query": since, "range": "min"}
    brains = search(**created_in(uids, dates), **query)
    start, end = since.timestamp(), until.timestamp() if until else None
    return [
        brain
        for brain in brains
        if start < brain.created.timeTime() and (end is None or brain.created.timeTime() <= end)
    ]


def new_count(worker, space_uid):
    """How many items the current user may open are new in the space for ``worker``:
    those of the minutes after ``since`` counted by the catalog (no item loaded), those
    of its own minute compared to the second (``new_items``)."""
    since = last_seen(worker, space_uid) or now() - NEVER_OPENED_WINDOW
    next_minute = since.replace(second=0, microsecond=0) + timedelta(minutes=1)
    search = api.portal.get_tool("portal_catalog").searchResults
    later = search(**created_in([space_uid], {"query": next_minute, "range": "min"}))
    return len(later) + len(new_items(search, [space_uid], since, next_minute - timedelta(microseconds=1)))


def followed_spaces(worker):
    """The spaces a worker follows: their shortcuts' (intergroups, houses, sectoral groups,
    subscribed themes) and the working groups they belong to; ``{UID: title}``."""
    spaces = {item["UID"]: item["title"] for item in shortcuts(worker)}
    catalog = api.portal.get_tool("portal_catalog")
    groups = catalog.unrestrictedSearchResults(portal_type="WorkingGroup", fmm_space_people=worker.user_id)
    for brain in groups:
        spaces.setdefault(brain.UID, brain.Title)
    return spaces
