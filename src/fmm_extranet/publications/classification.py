"""How publications are found by filters: the groups they concern, the kind of announcement.

A news item belongs to the space that holds it and may be tagged with other groups
("Groupes concernés"): the ``fmm_groups`` index holds both, so that a group filter
finds news stored inside the space and news tagged with it alike.
"""

from fmm_extranet import _
from fmm_extranet.publications.content import IAnnouncement
from fmm_extranet.spaces.indexers import nearest_space
from plone import api
from plone.autoform.interfaces import IFormFieldProvider
from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer
from plone.supermodel import model
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IGroupTags(model.Schema):
    """Tags an item with the group spaces it concerns, wherever it is stored."""

    concerned_groups = schema.List(
        title=_("Groups concerned"),
        description=_("The item is also listed with these groups."),
        value_type=schema.Choice(vocabulary="fmm_extranet.GroupSpaces"),
        required=False,
        default=[],
        missing_value=[],
    )


def concerned_groups(obj):
    """UIDs of the space holding ``obj`` and of the groups it is tagged with, in order."""
    space = nearest_space(obj)
    uids = [space.UID()] if space is not None else []
    tags = IGroupTags(obj, None)
    for uid in (tags.concerned_groups or []) if tags is not None else []:
        if uid not in uids:
            uids.append(uid)
    return uids


@indexer(IDexterityContent)
def fmm_groups(obj):
    return concerned_groups(obj)


@indexer(IAnnouncement)
def fmm_announcement_type(obj):
    return obj.announcement_type


#: The catalog entries these indexers fill (index and, for the groups, metadata).
INDEXES = ("fmm_groups", "fmm_announcement_type")


def index_classification():
    """Fill the indexes above for existing content (after they are added to the catalog).

    Solr learns the new fields from its schema: update the configset, then run
    backend/scripts/solr_reindex.py.
    """
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults():
        brain._unrestrictedGetObject().reindexObject(idxs=list(INDEXES))
