"""Answers read from the catalog, kept in RAM while the catalog stays as committed.

The key is the catalog (its oid), the catalog's counter (raised by each indexing, CMFPlone's
``getCounter``) and the serial of its last committed change (unique over time, seen by
every Zope process of a cluster), with the function's arguments. A transaction that
indexed something and is not committed yet neither reads nor fills the cache: what it
sees is its own. Cached answers are plain data, shared: never brains or objects, and
never changed by their callers.
"""

from plone.memoize import ram
from Products.CMFCore.interfaces import ICatalogTool
from zope.component import getUtility


def catalog_state():
    """The committed state of the catalog, or DontCache inside a change to it."""
    catalog = getUtility(ICatalogTool)  # unwrapped: getToolByName's rewrapping costs more, at each call
    counter = catalog.getCounter()  # processes the pending indexing first
    length = catalog._counter  # None until the catalog's first change
    if length is not None and length._p_changed:
        raise ram.DontCache
    return (catalog._p_oid, counter, length._p_serial if length is not None else None)


def until_the_catalog_changes(function):
    """Cache ``function``'s answers per state of the catalog and arguments."""
    return ram.cache(lambda _function, *args: (catalog_state(), args))(function)
