"""What the catalog and Solr index of an item: its indexers, else its own attributes.

The catalog and Solr ask each item some 110 names, most of them another type's (a File
has no ``start``, no ``fmm_postal_code``), and each item is indexed twice (catalog,
Solr), its container too when an item is added. plone.indexer's wrapper then, for each
name: recomputes which interfaces the item provides (plone.dexterity asks its type
information each time) to look an indexer up; without one, asks the item *with*
acquisition, so that a miss climbs every container up to the site, each reading its
type's and behaviours' schemas for a default, before being refused as acquired.
Together, most of the time to add a document.

This wrapper looks indexers up with the interfaces read once; asks the item itself
first, so that a miss is refused on the item; and for plone.dexterity's items and
containers decides a miss from the names their schemas define (read once per wrapper)
and a container's own items, as their ``__getattr__`` would, without calling it.

One difference with plone.indexer: a Python Script acquired from a container is no
longer an indexer. The extranet has none (its indexers are adapters).
"""

from Acquisition import aq_base
from plone.behavior.interfaces import IBehaviorAssignable
from plone.dexterity.content import Container
from plone.dexterity.content import DexterityContent
from plone.dexterity.interfaces import IDexterityContent
from plone.dexterity.schema import SCHEMA_CACHE
from plone.indexer.interfaces import IIndexer
from plone.indexer.wrapper import IndexableObjectWrapper
from Products.ZCatalog.interfaces import IZCatalog
from zope.component import adapter
from zope.component import getSiteManager
from zope.interface import providedBy


#: The ``__getattr__`` of plone.dexterity's items and containers (schema defaults).
DEXTERITY_GETATTR = (DexterityContent.__getattr__, Container.__getattr__)


@adapter(IDexterityContent, IZCatalog)
class OwnAttributesWrapper(IndexableObjectWrapper):
    """plone.indexer's wrapper, refusing a name the item lacks before acquiring it."""

    def __init__(self, object, catalog):
        super().__init__(object, catalog)
        self._adapters = getSiteManager().adapters
        self._specification = (providedBy(object), providedBy(catalog))
        self._schema_names = None

    def __getattr__(self, name):
        item = self._getWrappedObject()
        factory = self._adapters.lookup(self._specification, IIndexer, name)
        indexer = factory(item, self._IndexableObjectWrapper__catalog) if factory else None
        if indexer is not None:
            return indexer()
        variables = self._IndexableObjectWrapper__vars  # the workflow's
        if name in variables:
            return variables[name]
        if not self._item_has(aq_base(item), name):
            raise AttributeError(name)
        return getattr(item, name)  # with acquisition, for methods that need it

    def _item_has(self, base, name):
        """Whether the item itself (not a container) has a value for ``name``."""
        if type(base).__getattr__ not in DEXTERITY_GETATTR:
            return hasattr(base, name)
        base._p_activate()
        if name in base.__dict__ or hasattr(type(base), name):
            return True
        if self._schema_names is None:
            self._schema_names = schema_names(base)
        if name in self._schema_names:
            return hasattr(base, name)  # a field's default (None for a method)
        tree = base.__dict__.get("_tree") if isinstance(base, Container) else None
        return tree is not None and name in tree  # a container's item, as an attribute


def schema_names(item):
    """The names of the fields plone.dexterity may answer with their default for ``item``:
    its type's schema and its behaviours'."""
    schemas = [SCHEMA_CACHE.get(item.portal_type)]
    assignable = IBehaviorAssignable(item, None)
    if assignable is not None:
        schemas.extend(behavior.interface for behavior in assignable.enumerateBehaviors())
    return {name for schema in schemas if schema is not None for name in schema.names(all=True)}
