"""A real Apache Solr for the tests: backend/solr/solr.sh on a free loopback port."""

from fmm_extranet.search.reindex import solr_reindex
from pathlib import Path
from plone import api
from tests.helpers import free_port
import pytest
import subprocess
import transaction


SOLR_SH = Path(__file__).resolve().parents[1] / "backend" / "solr" / "solr.sh"


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


def reindex_all(portal, clear=False):
    """Send the whole site to Solr with the code of backend/scripts/solr_reindex.py.

    Stale documents (from earlier tests, whose content was rolled back) are removed.
    Commits first: this thread then also sees what the WSGI server's threads committed.
    """
    transaction.commit()
    result = solr_reindex(portal, clear=clear)
    assert result.failed == 0, result.summary()
    return result


@pytest.fixture
def solr(world_portal, solr_server):
    """Solr active for this test, with the whole site indexed."""
    activate_solr(world_portal, solr_server)
    reindex_all(world_portal)
    return solr_server
