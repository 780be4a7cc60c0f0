"""@documents: the Documents tab. Every matching document, locked ones included.

Documents the worker may open are found by full text (Solr, inside PDFs). Locked
ones are found by their title only — never by their content — and show title,
date, group, folder path and description, with ``can_open: false``. Documents of
confidential spaces stay hidden from those who may not open them.
"""

from DateTime import DateTime
from DateTime.interfaces import DateTimeError
from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.services import JsonService
from fmm_extranet.core.vocabularies import shown_object
from plone import api


DOCUMENT_TYPES = ("File", "Document")


DATE_FORMAT = _("Dates must be written YYYY-MM-DD.")


def parsed_date(value, errors, name):
    """A ``DateTime`` from a query value; a field error for anything else."""
    try:
        if not isinstance(value, str):
            raise TypeError(value)
        date = DateTime(value)
        if not 1000 <= date.year() <= 9999:
            raise ValueError(value)
        return date
    except (DateTimeError, ValueError, TypeError, IndexError, OverflowError):
        errors.add(name, DATE_FORMAT)
        return None


def date_range(start, end):
    errors = FieldErrors()
    start = parsed_date(start, errors, "start") if start else DateTime("1970/01/01")
    end = parsed_date(end, errors, "end") if end else None
    errors.refuse_if_any()
    end = end.latestTime() if end else DateTime("2500/01/01")
    return {"query": (start, end), "range": "min:max"}


class DocumentsGet(JsonService):
    def reply(self):
        self.route(())
        form = self.request.form
        words = form.get("SearchableText") or ""
        if not isinstance(words, str):
            errors = FieldErrors()
            errors.add("SearchableText", _("Search for one text at a time."))
            errors.refuse_if_any()
        words = words.strip()
        query = {
            "portal_type": DOCUMENT_TYPES,
            "created": date_range(form.get("start"), form.get("end")),
            "sort_on": "created",
            "sort_order": "reverse",
        }
        if form.get("group"):
            query["fmm_group"] = form["group"]
        catalog = api.portal.get_tool("portal_catalog")
        openable = catalog.searchResults(**query, **({"SearchableText": words} if words else {}))
        open_uids = {b.UID for b in openable}
        locked_query = {**query, "fmm_confidential": False}
        if words:
            locked_query["Title"] = words
        locked = [b for b in catalog.unrestrictedSearchResults(**locked_query) if b.UID not in open_uids]
        brains = sorted(list(openable) + locked, key=lambda b: b.created, reverse=True)
        self.portal_depth = len(api.portal.get().getPhysicalPath())
        self.groups = {}  # UID → what group_of shows of it
        return self.batched(brains, lambda b: self.summary(b, b.UID in open_uids))

    def summary(self, brain, can_open):
        path = brain.getPath().split("/")
        folders = [
            {"@id": self.url_of(path[: i + 1]), "title": path[i]}
            for i in range(self.portal_depth, len(path) - 1)
        ]
        return {
            "@id": brain.getURL(),
            "@type": brain.portal_type,
            "title": brain.Title,
            "description": brain.Description,
            "date": brain.created.ISO8601(),
            "group": self.group_of(brain),
            "folder": folders,
            "can_open": can_open,
        }

    def group_of(self, brain):
        """The document's space; a confidential one only for those who may open it,
        even when the document itself was shared with someone outside it."""
        if brain.fmm_group not in self.groups:
            group = shown_object(brain.fmm_group)
            self.groups[brain.fmm_group] = (
                {"@id": group.absolute_url(), "title": group.Title()} if group else None
            )
        return self.groups[brain.fmm_group]

    def url_of(self, path):
        return self.request.physicalPathToURL("/".join(path))
