"""Search facets and snippets, from Solr's answer or counted from catalog brains."""

from collections import Counter


FACET_FIELDS = ("portal_type", "fmm_group", "Creator", "fmm_year")


def solr_facets(response):
    """{field: {value: count}} from a collective.solr response, zero counts dropped."""
    fields = (getattr(response, "facet_counts", None) or {}).get("facet_fields", {})
    return {
        field: {value: count for value, count in dict(fields.get(field, {})).items() if count}
        for field in FACET_FIELDS
    }


def catalog_facets(brains):
    """The same counts, computed from catalog brains (Solr is down)."""
    return {
        field: dict(Counter(getattr(b, field, None) for b in brains if getattr(b, field, None)))
        for field in FACET_FIELDS
    }


def snippets(response):
    """{UID: snippet} from Solr's highlighting."""
    highlighting = getattr(response, "highlighting", None) or {}
    return {
        uid: " … ".join(fragments.get("SearchableText", []))
        for uid, fragments in highlighting.items()
        if fragments.get("SearchableText")
    }
