"""@documents: the Documents tab. Every matching document, locked ones included.

Documents the worker may open are found by full text (Solr, inside PDFs). Locked
ones are found by their title only — never by their content — and show title,
date, group, folder path and description, with ``can_open: false``. Documents of
confidential spaces stay hidden from those who may not open them. One page at a
time, sorted by the index (``publications/documents_query.py``).
"""

from DateTime import DateTime
from DateTime.interfaces import DateTimeError
from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.services import JsonService
from fmm_extranet.publications.documents_query import CatalogDocuments
from fmm_extranet.publications.documents_query import SolrDocuments
from fmm_extranet.search.direct import SolrUnavailable
from plone.restapi.batching import DEFAULT_BATCH_SIZE


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
    return start, end


class DocumentsGet(JsonService):
    def reply(self):
        self.route(())
        form = self.request.form
        words = form.get("SearchableText") or ""
        group = form.get("group") or None
        errors = FieldErrors()
        if not isinstance(words, str):
            errors.add("SearchableText", _("Search for one text at a time."))
        if group is not None and not isinstance(group, str):
            errors.add("group", _("Choose one group at a time."))
        errors.refuse_if_any()
        words = words.strip()
        created = date_range(form.get("start"), form.get("end"))
        page_size, first = page_of(form)
        try:
            documents = SolrDocuments(words, created, group, page_size, first)
        except SolrUnavailable:
            documents = CatalogDocuments(words, created, group, page_size)
        return self.batched(documents, lambda brain: self.summary(brain, "document", within=documents))


def page_of(form):
    """(size, start) of the page asked (checked by ``batched``), so Solr sends that page."""
    try:
        return max(1, int(form.get("b_size", DEFAULT_BATCH_SIZE))), max(0, int(form.get("b_start", 0)))
    except (TypeError, ValueError):
        return DEFAULT_BATCH_SIZE, 0
