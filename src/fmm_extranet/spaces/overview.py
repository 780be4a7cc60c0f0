"""What a group's page shows (SPEC rule 7): its people, news, activities, documents,
tools and sub-groups, for every worker who opens the page.

News and activities are open to every active worker wherever they are stored: they
are searched with the reader's rights. Documents are listed whoever may open them:
those the reader may not open come with ``locked: true`` and no address.
"""

from Acquisition import aq_base
from Acquisition import aq_parent
from datetime import datetime
from fmm_extranet.activities.summary import activity_line
from fmm_extranet.core.utils import date_of
from fmm_extranet.core.vocabularies import term_label
from fmm_extranet.core.vocabularies import titles_shown
from fmm_extranet.people.workers import worker_of
from fmm_extranet.spaces.behaviors import IGroupSpace
from plone import api
from plone.app.event.base import default_timezone
from plone.app.event.base import expand_events
from plone.app.event.base import get_events
from plone.app.event.base import RET_MODE_OBJECTS
from plone.event.interfaces import IEventAccessor
from plone.event.interfaces import IOccurrence


DOCUMENT_TYPES = ("File", "Document")
LATEST = 5
#: How many of the latest news (and upcoming activities) of the whole site are
#: looked at for those tagged with a group.
TAGGED_WINDOW = 50
#: Fields of news, activities and tools that tag them with groups (UIDs).
TAG_FIELDS = ("concerned_groups", "themes")
#: The summary of every catalog item the page lists (``summary.GroupItemSummary``).
ITEM = "group-item"


def own(obj, name, default=None):
    value = getattr(aq_base(obj), name, default)
    return default if value is None else value


def path_of(obj):
    return "/".join(obj.getPhysicalPath())


def is_local_group(space):
    """A sectoral group's sub-group for one intergroup."""
    return space.portal_type == "SectoralGroup" and IGroupSpace.providedBy(space.__parent__)


def concerns(space, item):
    """Whether a news item or activity belongs to ``space``: stored inside it,
    organised by it, or tagged with it (its UID among the item's groups concerned or themes,
    or — for a profession's group — the profession among its sectors)."""
    space_path = space.getPhysicalPath()
    if item.getPhysicalPath()[: len(space_path)] == space_path:
        return True
    uid = space.UID()
    if own(item, "organiser") == uid:
        return True
    tags = {uid for field in TAG_FIELDS for uid in own(item, field, ())}
    if uid in tags:
        return True
    profession = own(space, "profession")
    return bool(profession) and not is_local_group(space) and profession in own(item, "sectors", ())


def coordinators(space):
    """Names linking to worker pages; no email, no phone (SPEC rule 8)."""
    people = []
    for user_id in own(space, "coordinators", []):
        worker = worker_of(user_id)
        if worker is not None and worker.status == "active":
            people.append({"@id": worker.absolute_url(), "title": worker.Title()})
    return people


def latest_news(space, summary):
    """Latest news stored in the space or tagged with it."""
    catalog = api.portal.get_tool("portal_catalog")
    query = {"portal_type": "News Item", "sort_on": "effective", "sort_order": "reverse"}
    inside = catalog.searchResults(path=path_of(space), sort_limit=LATEST, **query)
    recent = catalog.searchResults(sort_limit=TAGGED_WINDOW, **query)[:TAGGED_WINDOW]
    tagged = [b for b in recent if concerns(space, b.getObject())]
    brains = {b.UID: b for b in [*inside[:LATEST], *tagged]}.values()
    ordered = sorted(brains, key=lambda b: date_of(b) or "", reverse=True)
    return [summary(b, ITEM) for b in ordered[:LATEST]]


def next_activities(space):
    """The activities stored in, organised by or tagged with the space, by their next occurrence."""
    portal = api.portal.get()
    now = datetime.now(default_timezone(portal, as_tzinfo=True))
    inside = get_events(portal, start=now, limit=LATEST, portal_type="Activity", path=path_of(space))
    window = get_events(portal, start=now, limit=TAGGED_WINDOW, portal_type="Activity")
    brains = {b.UID: b for b in [*inside, *window]}
    activities = [a for a in (b.getObject() for b in brains.values()) if concerns(space, a)]
    occurrences = expand_events(activities, RET_MODE_OBJECTS, start=now, sort="start")
    items = {}
    for occurrence in occurrences:
        accessor = IEventAccessor(occurrence)
        activity = aq_parent(occurrence) if IOccurrence.providedBy(occurrence) else occurrence
        uid = activity.UID()
        if accessor.end < now or uid in items:
            continue  # a recurring activity shows its next occurrence only
        items[uid] = activity_line(brains[uid], accessor.start, accessor.end)
        if len(items) == LATEST:
            break
    return list(items.values())


class DocumentListing:
    """The space's documents and pages, locked ones included, with their folder path."""

    def __init__(self, space, summary):
        self.space = space
        self.summary = summary
        self.folders = {}  # path → {"title", "@id" when the reader may open it}

    def latest(self):
        catalog = api.portal.get_tool("portal_catalog")
        query = {
            "portal_type": DOCUMENT_TYPES,
            "fmm_group": self.space.UID(),
            "sort_on": "created",
            "sort_order": "reverse",
        }
        openable = {b.UID for b in catalog.searchResults(**query)}
        # Everything the space holds is listed: those who open its page are in it
        # when it is confidential (elsewhere its page answers 404).
        brains = catalog.unrestrictedSearchResults(**query)
        return {
            "items_total": len(brains),
            "items": [self.line(b, b.UID not in openable) for b in brains[:LATEST]],
        }

    def line(self, brain, locked):
        line = {**self.summary(brain, ITEM), "locked": locked, "folder": self.folder_path(brain)}
        if locked:
            del line["@id"]  # nothing to open, not even the address of its file
        return line

    def folder_path(self, brain):
        """The folders between the space and the document, by title."""
        space_depth = len(self.space.getPhysicalPath())
        path = brain.getPath().split("/")
        return [self.folder("/".join(path[: i + 1])) for i in range(space_depth, len(path) - 1)]

    def folder(self, path):
        if path not in self.folders:
            folder = self.space.unrestrictedTraverse(path)
            entry = {"title": folder.Title()}
            if api.user.has_permission("View", obj=folder):
                entry["@id"] = folder.absolute_url()
            self.folders[path] = entry
        return self.folders[path]


def tools(space, summary):
    """A thematic area's tools: stored in it or tagged with its theme."""
    if space.portal_type != "Thematic":
        return []
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.searchResults(portal_type="Tool", sort_on="sortable_title")
    found = [b for b in brains if concerns(space, b.getObject())]
    return [
        {
            **summary(b, ITEM),
            "tool_kind": own(b.getObject(), "tool_kind"),
            "dequap_category": {
                "token": own(b.getObject(), "dequap_category"),
                "title": term_label("dequap_categories", own(b.getObject(), "dequap_category")),
            },
        }
        for b in found
    ]


def subgroups(space, summary):
    """The groups a page leads to: an intergroup's local sectoral groups and the
    spaces inside it; a sectoral group's local sub-groups. Confidential ones only
    for those in them."""
    catalog = api.portal.get_tool("portal_catalog")
    space_path = path_of(space)
    brains = list(
        catalog.unrestrictedSearchResults(
            object_provides=IGroupSpace.__identifier__,
            path={"query": space_path, "depth": 1},
            sort_on="sortable_title",
        )
    )
    if space.portal_type == "Intergroup" and own(space, "code"):
        local = catalog.unrestrictedSearchResults(portal_type="SectoralGroup", sort_on="sortable_title")
        brains += [b for b in local if own(b._unrestrictedGetObject(), "intergroup") == space.code]
    unique = {b.UID: b for b in brains}
    unique.pop(space.UID(), None)
    groups = []
    for brain in titles_shown(list(unique.values())):
        group = brain._unrestrictedGetObject()
        intergroup = own(group, "intergroup") or own(group, "code")
        groups.append(
            {
                **summary(brain, ITEM),
                "intergroup": {"token": intergroup, "title": term_label("intergroups", intergroup)}
                if intergroup
                else None,
            }
        )
    return groups


def group_overview(space, summary):
    """Everything the page shows; ``summary(brain, name)`` gives a listed item's line."""
    return {
        "coordinators": coordinators(space),
        "news": latest_news(space, summary),
        "activities": next_activities(space),
        "documents": DocumentListing(space, summary).latest(),
        "tools": tools(space, summary),
        "subgroups": subgroups(space, summary),
    }
