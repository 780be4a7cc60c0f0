"""Small helpers shared by the access model, indexers and services."""

from plone import api


def unrestricted_object(uid):
    """The object with this UID, whoever asks (for computed access only).

    Indexers call this: the catalog is read as it stands first, since a search
    through the tool processes the pending indexing queue, from inside the
    indexer that is processing it. Only an object created in this very
    transaction needs that search.
    """
    if not uid:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog._catalog.searchResults(UID=uid) or catalog.unrestrictedSearchResults(UID=uid)
    return brains[0]._unrestrictedGetObject() if brains else None


def unique_id(container, base):
    """``base``, or ``base-2``, ``base-3``… whichever is free in ``container``."""
    candidate, number = base, 1
    while candidate in container.objectIds():
        number += 1
        candidate = f"{base}-{number}"
    return candidate
