"""Search facets and snippets, from Solr's answer or counted from catalog brains.

Facets are answered labelled, for people: ``{field: [{"value", "title", "count"}]}``,
most frequent first — the type by its French name, a group by its title (a
confidential space's only for those who may open it), an author by their name
(never an email), a year as such.
"""

from collections import Counter
from fmm_extranet import _
from fmm_extranet.core.cache import until_the_catalog_changes
from fmm_extranet.core.errors import translated
from fmm_extranet.core.vocabularies import hidden_confidential
from fmm_extranet.core.vocabularies import is_confidential
from html import escape
from plone import api
from plone.dexterity.schema import lookup_fti
from plone.memoize import ram
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.i18nmessageid import Message
import re


FACET_FIELDS = ("portal_type", "fmm_groups", "Creator", "fmm_year")
#: The values a facet offers at most: its most frequent (a list of a hundred groups
#: helps nobody choose, and costs each search their titles).
FACET_LIMIT = 20
UNKNOWN_AUTHOR = _("Unknown author")
#: Solr's highlight markers (collective.solr's highlight_formatter_pre and _post).
HIGHLIGHT = re.compile(r"<mark>(.*?)</mark>", re.DOTALL)
ELLIPSIS = " … "


def solr_counts(response):
    """{field: {value: count}} from a collective.solr response, zero counts dropped."""
    fields = (getattr(response, "facet_counts", None) or {}).get("facet_fields", {})
    return {
        field: {value: count for value, count in dict(fields.get(field, {})).items() if count}
        for field in FACET_FIELDS
    }


def catalog_counts(brains):
    """The same counts, computed from catalog brains (Solr is down)."""
    counts = {field: Counter() for field in FACET_FIELDS}
    for brain in brains:
        for field in FACET_FIELDS:
            value = getattr(brain, field, None)
            values = value if isinstance(value, (list, tuple)) else [value]
            counts[field].update(v for v in values if v)
    return {field: dict(counter) for field, counter in counts.items()}


def group_titles(uids):
    """{UID: title} of the groups whose title the current user may read."""
    labels = group_labels(tuple(sorted(uids)))
    hidden = hidden_confidential([uid for uid, (_title, confidential) in labels.items() if confidential])
    return {uid: title for uid, (title, _confidential) in labels.items() if uid not in hidden}


@until_the_catalog_changes
def group_labels(uids):
    """{UID: (title, whether confidential)} of these groups, whoever may open them."""
    catalog = api.portal.get_tool("portal_catalog")
    return {b.UID: (b.Title, is_confidential(b)) for b in catalog.unrestrictedSearchResults(UID=list(uids))}


@until_the_catalog_changes
def known_names(user_ids):
    """{account id: name} of ``user_ids``: their Worker profile's (one catalog query for
    all: a facet may name a hundred authors), else their account's full name (an account
    renamed shows its new name once the catalog next changes)."""
    catalog = api.portal.get_tool("portal_catalog")
    account_of = catalog._catalog.getIndex("fmm_user_id").getEntryForObject
    brains = catalog.unrestrictedSearchResults(portal_type="Worker", fmm_user_id=list(user_ids))
    names = {account_of(brain.getRID()): brain.Title for brain in brains}
    return {user_id: names.get(user_id) or account_name(user_id) for user_id in user_ids}


def account_name(user_id):
    member = api.user.get(userid=user_id)
    return (member.getProperty("fullname", "") or "") if member is not None else ""


def author_names(user_ids):
    """{account id: full name} of authors: their worker profile's, else their account's;
    never an email."""
    shown = known_names(tuple(sorted(user_ids))) if user_ids else {}
    return {
        user_id: name if name and "@" not in name else translated(UNKNOWN_AUTHOR)
        for user_id, name in shown.items()
    }


def type_title(portal_type, request):
    """A type's name in the reader's language (the one Plone chose for ``request``)."""
    fti = lookup_fti(portal_type)
    title = fti.Title() if fti is not None else portal_type
    language = request.get("LANGUAGE")  # set while traversing the site
    if not language:
        return translate(title, context=request)
    return translated_title(title, getattr(title, "domain", None), language)


@ram.cache(lambda _function, *args: args)
def translated_title(title, domain, language):
    """``title`` of ``domain`` in ``language``, translated once per process."""
    return translate(Message(title, domain=domain), target_language=language)


def type_titles(types):
    request = getRequest()
    return {portal_type: type_title(portal_type, request) for portal_type in types}


#: How each facet's values are named; a value without a name is not shown.
LABELS = {
    "portal_type": type_titles,
    "fmm_groups": group_titles,
    "Creator": author_names,
    "fmm_year": lambda years: {year: year for year in years},
}


def labelled(counts):
    """``{field: [{"value", "title", "count"}]}``: the ``FACET_LIMIT`` most frequent (as
    Solr keeps them: ties by value), by count then title (years: newest first)."""
    facets = {}
    for field in FACET_FIELDS:
        values = counts.get(field, {})
        kept = sorted(values, key=lambda value: (-values[value], value))[:FACET_LIMIT]
        values = {value: values[value] for value in kept}
        titles = LABELS[field](values) if values else {}
        entries = [
            {"value": value, "title": titles[value], "count": count}
            for value, count in values.items()
            if value in titles
        ]
        order = (lambda e: (e["value"],)) if field == "fmm_year" else (lambda e: (-e["count"], e["title"]))
        facets[field] = sorted(entries, key=order, reverse=field == "fmm_year")
    return facets


def fragment_html(fragment):
    """One highlighted fragment as HTML: its text escaped, only the ``<mark>`` tags kept."""
    html = []
    position = 0
    for found in HIGHLIGHT.finditer(fragment):
        html.append(escape(fragment[position : found.start()]))
        html.append(f"<mark>{escape(found.group(1))}</mark>")
        position = found.end()
    html.append(escape(fragment[position:]))
    return "".join(html)


def highlighting(words, config):
    """Solr's parameters of the snippets of a search for ``words``: Lucene's unified
    highlighter, asked to mark the words typed (``hl.q``, each a term or a phrase, none a
    prefix), whose offsets it reads from the index (``storeOffsetsWithPositions``) rather
    than analysing each text again: the page's highlighting cost halved. Passages of about
    ``highlight_fragsize`` characters, cut between words, the best first."""
    terms = " OR ".join(f'"{word}"' for word in re.sub(r'["\\]', " ", words).split())
    fields = list(config.highlight_fields or ())
    if not terms or not fields:
        return {}
    return {
        "hl": "true",
        "hl.method": "unified",
        "hl.fl": fields,
        "hl.q": " OR ".join(f"{field}:({terms})" for field in fields),
        "hl.qparser": "lucene",
        "hl.tag.pre": config.highlight_formatter_pre,
        "hl.tag.post": config.highlight_formatter_post,
        "hl.bs.type": "WORD",
        "hl.fragsize": config.highlight_fragsize or 100,
    }


def snippets(response):
    """{UID: HTML} from Solr's highlighting: escaped text, the words found in ``<mark>``."""
    highlighting = getattr(response, "highlighting", None) or {}
    return {
        uid: ELLIPSIS.join(fragment_html(f.strip()) for f in fields["SearchableText"])
        for uid, fields in highlighting.items()
        if fields.get("SearchableText")
    }
