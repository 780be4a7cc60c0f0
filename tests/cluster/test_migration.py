"""A FileStorage site with the demo, moved into PostgreSQL by ``cluster.py migrate``
(zodbconvert), then served by make start-cluster's code (one Zope process behind HAProxy):
nothing is lost (objects, blobs byte for byte, the catalog) and the access rules of
tests/access hold for the demo's people, through HTTP only. ``make test-cluster``
(FMM_CLUSTER_TESTS=1)."""

from aiosmtpd.controller import Controller
from fmm_extranet.demo import DEMO_ACCOUNTS
from fmm_extranet.demo import DEMO_PASSWORD
from migrate_to_postgres import stored  # backend/scripts, on the path by conftest.py
from tests.access.test_access_matrix import cell_id
from tests.access.test_access_matrix import CELLS
from tests.access.test_access_matrix import CONTENT
from tests.access.test_access_matrix import DENIED
from tests.access.test_access_matrix import STAFF
from tests.cluster.conftest import Cluster
from tests.cluster.conftest import ROOT
from tests.cluster.test_cluster import Client
from tests.helpers import free_port
from tests.smtp import Inbox
from tests.solr_server import SolrServer
from urllib.parse import urlencode
from ZODB.blob import BlobStorage
from ZODB.DB import DB
from ZODB.FileStorage import FileStorage
import os
import pytest
import subprocess
import zc.lockfile


SCRIPTS = ROOT / "backend" / "scripts"
PYTHON = ROOT / ".venv" / "bin" / "python"

#: The people of the access matrix (fmm_extranet.testing) → the demo's accounts in their situation.
DEMO_PEOPLE = {
    "nurse_igl": "infirmiere_liege",
    "gp_igb": "medecin_bruxelles",
    "wg_member": "membre_gt",
    "wg_outsider": "collegue_equipe",
    "mm_manager": "gestionnaire_mm",
    "thematic_coord": "coord_thematique",
    "fede_staff": "staff_fede",
    "site_admin": "admin_site",
    "pending_worker": "en_attente",
    "left_worker": "parti",
}
#: The content of the access matrix → the demo's item of the same kind.
DEMO_CONTENT = {
    "news": "actualites/sante-et-climat-les-maisons-medicales-sengagent",
    "activity": "agenda/assemblee-des-intergroupes",
    # the guide's case: a nurse of Liège opens a document of the Brussels nurses
    "sectoral_doc": "groupes-sectoriels/groupe-sectoriel-infirmier-ere/igb/documents/"
    "gs-infirmier-ere-igb-document-1",
    "wg_doc": "groupes-de-travail/gt-ecologie/documents/gt-ecologie-et-sante-document-1",
    "thematic_doc": "thematiques/sante-mentale/documents/sante-mentale-document-1",
    "announcement": "maisons-medicales/maison-medicale-sante-plurielle/a-donner-table-dexamen-electrique",
}
#: A document of the working group only its coordinators are in (demo.WORKING_GROUP_COORDINATORS).
CONFIDENTIAL_DOC = "groupes-de-travail/gt-secret/documents/gt-secret-professionnel-document-1"
#: The demo PDF with demo.PDF_ONLY_WORD.
PDF = "groupes-sectoriels/groupe-sectoriel-infirmier-ere/documents/gs-infirmier-ere-document-1"


def run_script(*command):
    return subprocess.run([PYTHON, *command], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def servers(reachable_tmp):
    """A folder, Solr and a real SMTP server: for the FileStorage site, then the migrated one."""
    if not os.environ.get("FMM_CLUSTER_TESTS"):
        pytest.skip("the cluster's tests run with make test-cluster (FMM_CLUSTER_TESTS=1)")
    folder = reachable_tmp("migration")
    solr = SolrServer(folder / "solr")
    smtp = Controller(Inbox(), hostname="127.0.0.1", port=free_port())
    smtp.start()
    try:
        solr.start()
        yield folder, ["--solr-port", str(solr.port), "--smtp-port", str(smtp.port)]
    finally:
        solr.stop()
        smtp.stop()


@pytest.fixture(scope="module")
def source(servers):
    """The var folder of a site with the demo on FileStorage, created as ``make site`` does."""
    folder, site_args = servers
    instance, var = folder / "source" / "instance", folder / "source" / "var"
    made = run_script(
        SCRIPTS / "make_instance.py",
        *("--instance", instance, "--var", var, "--listen", f"127.0.0.1:{free_port()}"),
    )
    assert made.returncode == 0, made.stderr
    created = subprocess.run(
        [ROOT / ".venv" / "bin" / "zconsole", "run", instance / "etc" / "zope.conf"]
        + [SCRIPTS / "create_site.py", *site_args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert created.returncode == 0, created.stdout[-3000:] + created.stderr[-3000:]
    return var


@pytest.fixture(scope="module")
def source_content(source):
    """What the FileStorage holds: objects and blobs, catalog entries by type, the demo PDF."""
    storage = BlobStorage(
        str(source / "blobstorage"), FileStorage(str(source / "filestorage" / "Data.fs"), read_only=True)
    )
    db = DB(storage)
    try:
        site = db.open().root()["Application"]["Plone"]
        pdf = site.unrestrictedTraverse(PDF)
        by_type = site.portal_catalog._catalog.getIndex("portal_type").uniqueValues(withLengths=True)
        return {
            "stored": {
                "objects": len(storage),
                "blobs": len({blob.parent for blob in (source / "blobstorage").rglob("*.blob")}),
            },
            "catalog": dict(by_type),
            "pdf": pdf.file.data,
            "pdf_uid": getattr(pdf, "_plone.uuid"),
        }
    finally:
        db.close()


@pytest.fixture(scope="module")
def migrated(servers, source, source_content):
    """``cluster.py migrate --from VAR``, then the cluster started on the database (one Zope process)."""
    folder, site_args = servers
    cluster = Cluster(
        folder / "cluster",
        f"127.0.0.1:{free_port()}",
        pg_port=free_port(),
        zope_ports=(free_port(),),
        site_args=[*site_args, "--public-url", "http://127.0.0.1:3000"],
    )
    try:
        migration = run_script(
            SCRIPTS / "cluster.py",
            *("migrate", "--dir", cluster.folder, "--pg-port", str(cluster.postgres.port), "--from", source),
        )
        assert migration.returncode == 0, migration.stdout + migration.stderr
        cluster.copied = stored(cluster.postgres.dsn())
        cluster.start()  # make start-cluster: the site exists, it is upgraded, never created again
        cluster.client = Client(cluster.listen)
        yield cluster
    finally:
        cluster.stop()


def get(cluster, who, path):
    """GET ``path`` of the site through HAProxy as the demo account ``who`` (anonymous if None)."""
    auth = (DEMO_ACCOUNTS[who][0], DEMO_PASSWORD) if who else None
    return cluster.client.call("GET", f"{cluster.site_id}/{path}", auth=auth)


def uid_of(cluster, path):
    status, answer = cluster.client.call("GET", f"{cluster.site_id}/{path}", auth=("admin", "admin"))
    assert status == 200, answer
    return answer["UID"]


def test_every_object_and_blob_was_copied(migrated, source_content):
    assert migrated.copied == source_content["stored"]
    assert source_content["stored"]["blobs"] >= 60  # the demo's PDFs


def test_the_catalog_answers_as_the_source_one(migrated, source_content):
    """@search (the catalog: no SearchableText, so not Solr) finds what the source catalog held."""
    found = {}
    for portal_type in source_content["catalog"]:
        status, answer = migrated.client.call(
            "GET",
            f"{migrated.site_id}/@search?{urlencode({'portal_type': portal_type, 'b_size': 1})}",
            auth=("admin", "admin"),
        )
        assert status == 200, answer
        found[portal_type] = answer["items_total"]
    assert found == source_content["catalog"]
    assert found["Worker"] > 300


def test_the_demo_pdf_downloads_byte_for_byte(migrated, source_content):
    """The same object (a site created again would have made a new one), the same bytes."""
    assert uid_of(migrated, PDF) == source_content["pdf_uid"]
    status, data = get(migrated, "infirmiere_liege", f"{PDF}/@@download/file")
    assert status == 200
    assert data == source_content["pdf"]
    assert data.startswith(b"%PDF")


@pytest.mark.parametrize("who,key", CELLS, ids=map(cell_id, CELLS))
def test_access_matrix_on_the_migrated_site(migrated, who, key):
    """tests/access/test_access_matrix.py's who-views rules (view and @search), on the demo."""
    person, path, viewers = DEMO_PEOPLE.get(who), DEMO_CONTENT[key], CONTENT[key][3]
    status, answer = get(migrated, person, path)
    if who in viewers:
        assert status == 200, answer
        assert answer["@id"].endswith(path)
    else:
        assert status in DENIED, answer
    status, answer = get(migrated, person, f"@search?UID={uid_of(migrated, path)}")
    if who is None or who in ("pending_worker", "left_worker"):
        assert status in DENIED, answer  # nothing at all answers them
    else:
        assert status == 200, answer
        assert answer["items_total"] == (1 if who in viewers else 0)


#: Who is in the confidential working group: its coordinator and the staff.
CONFIDENTIAL_MEMBERS = {"coord_gt", *(DEMO_PEOPLE[who] for who in STAFF)}


@pytest.mark.parametrize(
    "who", [*sorted(CONFIDENTIAL_MEMBERS), "membre_gt", "infirmiere_liege", "en_attente", None]
)
def test_a_confidential_group_document_is_only_for_its_members(migrated, who):
    status, answer = get(migrated, who, CONFIDENTIAL_DOC)
    if who in CONFIDENTIAL_MEMBERS:
        assert status == 200, answer
    else:
        assert status in DENIED, answer


def test_a_workers_email_is_not_in_rest(migrated):
    email = DEMO_ACCOUNTS["infirmiere_liege"][0]
    status, answer = get(migrated, "medecin_bruxelles", "travailleurs/infirmiere_liege")
    assert status == 200, answer
    assert "email" not in answer and email not in str(answer)
    status, answer = get(migrated, "infirmiere_liege", "travailleurs/infirmiere_liege")
    assert answer["email"] == email  # her own profile: the address was migrated


def test_a_second_migration_is_refused(migrated, source):
    """The database holds the site: refused, whether the cluster serves it or not."""
    served = run_script(
        SCRIPTS / "cluster.py",
        *("migrate", "--dir", migrated.folder, "--pg-port", str(migrated.postgres.port), "--from", source),
    )
    assert served.returncode == 1
    assert "make stop-cluster first" in served.stderr
    again = run_script(SCRIPTS / "migrate_to_postgres.py", "--dsn", migrated.postgres.dsn(), "--from", source)
    assert again.returncode == 1
    assert "already holds data" in again.stderr
    assert get(migrated, "infirmiere_liege", DEMO_CONTENT["news"])[0] == 200


def test_a_filestorage_in_use_is_refused(migrated, source):
    """A process has the Data.fs open (FileStorage's lock): nothing is read from it."""
    lock = zc.lockfile.LockFile(str(source / "filestorage" / "Data.fs.lock"))
    try:
        refused = run_script(
            SCRIPTS / "migrate_to_postgres.py",
            *("--dsn", migrated.postgres.dsn("postgres"), "--from", source),
        )
    finally:
        lock.close()
    assert refused.returncode == 1
    assert "in use by a running process" in refused.stderr
    assert stored(migrated.postgres.dsn("postgres")) == {"objects": 0, "blobs": 0}


def test_clear_replaces_the_database_once_nothing_uses_it(migrated, source, source_content):
    """Last: it stops the Zope process. ``--clear`` is refused while a process uses the database."""
    command = (
        SCRIPTS / "migrate_to_postgres.py",
        "--dsn",
        migrated.postgres.dsn(),
        "--from",
        source,
        "--clear",
    )
    refused = run_script(*command)
    assert refused.returncode == 1
    assert "other processes use the destination database" in refused.stderr
    migrated.pids.stop("zope1")
    replaced = run_script(*command)
    assert replaced.returncode == 0, replaced.stdout + replaced.stderr
    assert stored(migrated.postgres.dsn()) == source_content["stored"]
