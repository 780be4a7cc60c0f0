"""A throw-away PostgreSQL (for the shared counters), and the whole cluster of
backend/scripts/cluster.py (for ``make test-cluster``), both on free loopback ports."""

from aiosmtpd.controller import Controller
from pathlib import Path
from tests.helpers import free_port
from tests.smtp import Inbox
import os
import pytest
import shutil
import sys
import tempfile


ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "backend" / "scripts"))
from cluster import Cluster  # noqa: E402
from cluster import Postgres  # noqa: E402
from cluster import SolrCloud  # noqa: E402


@pytest.fixture(scope="session")
def reachable_tmp():
    """Temporary folders PostgreSQL's own user may enter (as root, it runs as another)."""
    folders = []

    def make(prefix):
        folders.append(Path(tempfile.mkdtemp(prefix=f"fmm-{prefix}-")))
        folders[-1].chmod(0o755)
        return folders[-1]

    yield make
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres(reachable_tmp):
    """A PostgreSQL cluster with the extranet's database (initdb, pg_ctl: never skipped)."""
    server = Postgres(reachable_tmp("postgres") / "pg", free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def cluster(reachable_tmp):
    """PostgreSQL, two Zope processes (scheduler every 2 s), HAProxy, SolrCloud and a real SMTP
    server; the site with the demo. Only with FMM_CLUSTER_TESTS=1 (``make test-cluster``)."""
    if not os.environ.get("FMM_CLUSTER_TESTS"):
        pytest.skip("the cluster's tests run with make test-cluster (FMM_CLUSTER_TESTS=1)")
    folder = reachable_tmp("cluster")
    solr = SolrCloud(folder / "solr", free_port(), (free_port(), free_port()), free_port())
    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=free_port())
    site_args = ["--solr-port", str(solr.port), "--smtp-port", str(smtp.port)]
    running = Cluster(
        folder,
        f"127.0.0.1:{free_port()}",
        pg_port=free_port(),
        zope_ports=(free_port(), free_port()),
        interval=2,
        site_args=[*site_args, "--public-url", "http://127.0.0.1:3000"],
    )
    running.inbox, running.solr = inbox, solr
    smtp.start()
    solr.start()
    try:
        running.start()
        yield running
    finally:
        running.stop()
        solr.stop()
        smtp.stop()
        keep_logs(folder)


def keep_logs(folder):
    """The servers' logs, kept in var/cluster-tests/ (or $FMM_CLUSTER_ARTEFACTS)."""
    target = Path(os.environ.get("FMM_CLUSTER_ARTEFACTS", ROOT / "var" / "cluster-tests"))
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    logs = [*folder.glob("*.log"), *folder.glob("zope*/var/log/*.log"), *folder.glob("pg/*.log")]
    for log in [*logs, *folder.glob("solr/*.log"), *folder.glob("solr/node*/logs/solr.log")]:
        shutil.copy(log, target / "-".join(log.relative_to(folder).parts))
