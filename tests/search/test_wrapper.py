"""What the catalog indexes of an item: its indexers and its own values, never a
container's (search/wrapper.py asks the item before acquiring)."""

from fmm_extranet.search.wrapper import OwnAttributesWrapper
from plone import api
from plone.indexer.interfaces import IIndexableObject
from zope.component import queryMultiAdapter
import pytest


@pytest.fixture
def document(integration):
    portal = integration["portal"]
    with api.env.adopt_roles(["Manager"]):
        folder = api.content.create(container=portal, type="Folder", id="dossier", title="Dossier")
        item = api.content.create(container=folder, type="Document", id="note", title="Note")
    return item


def test_the_catalog_and_solr_wrap_items_in_the_extranets_wrapper(document):
    catalog = api.portal.get_tool("portal_catalog")
    assert isinstance(queryMultiAdapter((document, catalog), IIndexableObject), OwnAttributesWrapper)


def test_a_containers_value_is_not_indexed_as_the_items(document):
    catalog = api.portal.get_tool("portal_catalog")
    folder = document.__parent__
    folder.getRemoteUrl = "https://example.org/dossier"  # a Link's column, on the folder only
    folder.reindexObject()
    document.reindexObject()
    wrapper = queryMultiAdapter((document, catalog), IIndexableObject)
    with pytest.raises(AttributeError):
        getattr(wrapper, "getRemoteUrl")  # noqa: B009 (the wrapper's refusal)
    (brain,) = catalog(UID=document.UID())
    assert brain.getRemoteUrl != folder.getRemoteUrl
    (folder_brain,) = catalog(UID=folder.UID())
    assert folder_brain.getRemoteUrl == "https://example.org/dossier"


def test_the_items_own_values_indexers_and_methods_in_context_are_indexed(document):
    catalog = api.portal.get_tool("portal_catalog")
    wrapper = queryMultiAdapter((document, catalog), IIndexableObject)
    assert wrapper.Title() == "Note"  # a method of the item
    assert wrapper.getPhysicalPath() == document.getPhysicalPath()  # needs its containers
    assert wrapper.review_state == api.content.get_state(document)  # the workflow's variable
    assert "Note" in wrapper.SearchableText  # an indexer
    assert catalog(path="/".join(document.getPhysicalPath()), Title="Note")
