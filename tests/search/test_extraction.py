"""Solr extracts the words of files while Plone goes on indexing (search/extraction.py):
each document still reaches Solr with its words, in its place, once per commit."""

from fmm_extranet.search import extraction
from plone import api
from plone.namedfile.file import NamedBlobFile
from Products.CMFCore.indexing import processQueue
from tests.search.test_search_solr import pdf_bytes
from tests.search.test_search_solr import solr_docs
from tests.solr_server import reindex_all
import logging
import pytest
import threading
import transaction


pytestmark = pytest.mark.solr

THEMATIC = "thematiques/sante-environnement"


@pytest.fixture
def folder(world_portal, solr):
    with api.env.adopt_roles(["Manager"]):
        yield world_portal.unrestrictedTraverse(THEMATIC)


@pytest.fixture
def extracting_threads(monkeypatch):
    """The names of the threads each text was extracted on."""
    names = []
    extract = extraction.extract

    def recorded(*args):
        names.append(threading.current_thread().name)
        return extract(*args)

    monkeypatch.setattr(extraction, "extract", recorded)
    return names


def add_pdf(container, name, *lines, data=None):
    return api.content.create(
        container=container,
        type="File",
        id=name,
        title=f"Fichier {name}",
        file=NamedBlobFile(
            data=data or pdf_bytes(*lines), contentType="application/pdf", filename=f"{name}.pdf"
        ),
    )


def titles(solr, query):
    return sorted(doc["Title"] for doc in solr_docs(solr, query))


def test_the_files_of_one_commit_are_extracted_beside_plone_and_all_found(folder, solr, extracting_threads):
    for number, word in enumerate(["ornithorynque", "quetzalcoatl", "tardigrade"]):
        add_pdf(folder, f"pdf-{number}", f"Le mot {word} est dans ce PDF.")
    api.content.create(container=folder, type="Document", id="page", title="Page ornithorynque")
    transaction.commit()
    assert len(extracting_threads) == 3 and all(n.startswith("solr-extract") for n in extracting_threads)
    assert titles(solr, "SearchableText:ornithorynque") == ["Fichier pdf-0", "Page ornithorynque"]
    assert titles(solr, "SearchableText:quetzalcoatl") == ["Fichier pdf-1"]
    assert titles(solr, "SearchableText:tardigrade") == ["Fichier pdf-2"]
    assert extraction.waiting_list() is None  # the next transaction has no list yet


def test_a_file_indexed_again_in_the_same_transaction_keeps_its_last_title_and_its_words(
    folder, solr, extracting_threads
):
    item = add_pdf(folder, "rapport", "Le mot chinchilla est dans ce PDF.")
    processQueue()  # as a catalog search in the middle of a request does
    item.title = "Rapport revu"
    item.reindexObject()
    add_pdf(folder, "annexe", "Le mot capybara est dans ce PDF.")
    transaction.commit()
    assert len(extracting_threads) == 3  # the first version, the second one, the annex
    (doc,) = solr_docs(solr, "SearchableText:chinchilla")
    assert doc["Title"] == "Rapport revu"
    assert titles(solr, "SearchableText:capybara") == ["Fichier annexe"]


def test_an_aborted_transaction_sends_nothing(folder, solr):
    add_pdf(folder, "brouillon", "Le mot okapi est dans ce PDF.")
    processQueue()
    transaction.abort()
    api.content.create(container=folder, type="Document", id="suivante", title="Page suivante")
    transaction.commit()
    assert solr_docs(solr, "SearchableText:okapi") == []
    assert titles(solr, "Title:suivante") == ["Page suivante"]


def test_a_file_solr_cannot_read_is_indexed_without_its_words(folder, solr, caplog):
    add_pdf(folder, "casse", data=b"%PDF-1.4 not really a PDF")
    with caplog.at_level(logging.WARNING, logger="fmm_extranet.search.extraction"):
        transaction.commit()
    assert "could not extract the text of casse" in caplog.text
    assert titles(solr, "Title:casse") == ["Fichier casse"]


def test_a_reindex_waits_for_each_text_outside_the_indexing_queue(
    folder, world_portal, solr, extracting_threads
):
    add_pdf(folder, "archive", "Le mot pangolin est dans ce PDF.")
    transaction.commit()
    extracting_threads.clear()
    result = reindex_all(world_portal, clear=True)
    assert result.failed == 0
    assert extracting_threads and not any(n.startswith("solr-extract") for n in extracting_threads)
    assert titles(solr, "SearchableText:pangolin") == ["Fichier archive"]
