"""A real Apache Solr for the tests: backend/solr/solr.sh on a free loopback port."""

from pathlib import Path
from plone import api
from zope.component.hooks import setSite

import pytest
import socket
import subprocess
import transaction


SOLR_SH = Path(__file__).resolve().parents[1] / "backend" / "solr" / "solr.sh"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SolrServer:
    def __init__(self, home):
        self.home = home
        self.port = free_port()

    @property
    def core_url(self):
        return f"http://127.0.0.1:{self.port}/solr/plone"

    def start(self):
        subprocess.run(
            [SOLR_SH, "start", "--port", str(self.port), "--home-data", str(self.home)],
            check=True,
        )

    def stop(self):
        subprocess.run([SOLR_SH, "stop", "--home-data", str(self.home)], check=True)


@pytest.fixture(scope="session")
def solr_server(tmp_path_factory):
    server = SolrServer(tmp_path_factory.mktemp("solr"))
    server.start()
    yield server
    server.stop()


def activate_solr(portal, server):
    api.portal.set_registry_record("collective.solr.active", True)
    api.portal.set_registry_record("collective.solr.port", server.port)
    api.portal.set_registry_record("collective.solr.host", "127.0.0.1")
    transaction.commit()


def reindex_all(portal):
    """Send every object to Solr, as backend/scripts/solr_reindex.py does."""
    setSite(portal)
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults():
        brain._unrestrictedGetObject().reindexObject()
    transaction.commit()


@pytest.fixture
def solr(world_portal, solr_server):
    """Solr active for this test, with the whole site indexed."""
    activate_solr(world_portal, solr_server)
    reindex_all(world_portal)
    return solr_server
