"""An item added to a folder changes the folder's modification date in the catalog, and
nothing else of it is recomputed (search/containers.py); its other modifications still
reindex it whole."""

from DateTime import DateTime
from plone import api
from Products.CMFCore.indexing import processQueue
from zope.lifecycleevent import modified
import pytest


@pytest.fixture
def folder(integration):
    with api.env.adopt_roles(["Manager"]):
        folder = api.content.create(
            container=integration["portal"], type="Folder", id="dossier", title="Dossier"
        )
        folder.setModificationDate(DateTime("2020-01-01"))
        folder.reindexObject()
        processQueue()
        yield folder


def brain_of(item):
    (brain,) = api.portal.get_tool("portal_catalog")(UID=item.UID())
    return brain


def test_an_added_item_updates_the_folders_modification_date_alone(folder):
    folder.title = "Titre changé sans réindexation"
    api.content.create(container=folder, type="Document", id="note", title="Note")
    brain = brain_of(folder)
    assert brain.modified > DateTime("2020-01-02")
    assert brain.modified == folder.modified()
    catalog = api.portal.get_tool("portal_catalog")
    # the other indexes not recomputed (the columns are, with the date)
    assert catalog(UID=folder.UID(), Title="Dossier")
    assert not catalog(UID=folder.UID(), Title="réindexation")


def test_a_removed_item_updates_the_folders_modification_date(folder):
    api.content.create(container=folder, type="Document", id="note", title="Note")
    folder.setModificationDate(DateTime("2020-01-01"))
    folder.reindexObject(idxs=["modified"])
    processQueue()
    api.content.delete(folder["note"])
    assert brain_of(folder).modified > DateTime("2020-01-02")


def test_other_modifications_still_reindex_the_item_whole(folder):
    folder.title = "Dossier renommé"
    modified(folder)
    catalog = api.portal.get_tool("portal_catalog")
    assert catalog(UID=folder.UID(), Title="renommé")


def test_relations_and_links_are_read_again_on_a_modification_not_on_a_containers_event(folder, monkeypatch):
    from plone.app.linkintegrity import handlers as links
    from z3c.relationfield import event as relations

    read = []
    for module, name in ((relations, "_relations"), (links, "check_linkintegrity_dependencies")):
        original = getattr(module, name)
        monkeypatch.setattr(
            module,
            name,
            lambda obj, _original=original, _name=name: read.append((_name, obj.getId())) or _original(obj),
        )
    api.content.create(container=folder, type="Document", id="note", title="Note")
    assert ("_relations", "dossier") not in read and (
        "check_linkintegrity_dependencies",
        "dossier",
    ) not in read
    read.clear()
    modified(folder)
    assert ("_relations", "dossier") in read and ("check_linkintegrity_dependencies", "dossier") in read
