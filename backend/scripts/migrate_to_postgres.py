"""Copy a FileStorage site (Data.fs and its blobs) into PostgreSQL with RelStorage's zodbconvert.

    migrate_to_postgres.py --dsn DSN [--from VAR_DIR | --from DATA_FS --blobs DIR] [--clear]

The source: a var folder made by make_instance.py (DIR/filestorage/Data.fs and
DIR/blobstorage), or a Data.fs and its blob folder; by default the database of
``make start`` (instance.yaml's ``db_filestorage_location`` and ``db_blobs_location``).
The destination: RelStorage as backend/scripts/make_instance.py ``--relstorage`` writes
it (history-free, blobs in the database). Everything is kept: content, users, settings,
blobs, the catalog. The current state of every object is copied (no undo history).

Refused when the destination already holds data (``--clear`` empties it first, when no
other process uses it), and while a process has the Data.fs open (its lock): stop it
first. ``cluster.py migrate`` (``make migrate-to-cluster``) runs this into the database
of ``make start-cluster``.
"""

from contextlib import closing
from pathlib import Path
from settings import instance_settings
from settings import ROOT
import argparse
import psycopg2
import subprocess
import sys
import tempfile
import time
import zc.lockfile


ZODBCONVERT = ROOT / ".venv" / "bin" / "zodbconvert"
#: zodbconvert's configuration: the same RelStorage options as make_instance.py --relstorage.
CONVERT_CONF = """\
<filestorage source>
    path {data_fs}
    blob-dir {blobs}
</filestorage>
<relstorage destination>
    keep-history false
    shared-blob-dir false
    blob-dir {blob_cache}
    <postgresql>
        dsn {dsn}
    </postgresql>
</relstorage>
"""


def log(message):
    print(f"migrate: {message}", flush=True)


def source_files(source=None, blobs=None):
    """The Data.fs and blob folder of ``source`` (a var folder or a Data.fs)."""
    if source is None:
        settings = instance_settings()
        data_fs, default_blobs = (
            ROOT / settings["db_filestorage_location"],
            ROOT / settings["db_blobs_location"],
        )
    elif Path(source).is_dir():
        data_fs, default_blobs = Path(source) / "filestorage" / "Data.fs", Path(source) / "blobstorage"
    else:
        data_fs, default_blobs = Path(source), Path(source).parent.parent / "blobstorage"
    data_fs, blobs = data_fs.resolve(), Path(blobs or default_blobs).resolve()
    if not data_fs.is_file():
        raise SystemExit(f"migrate: no FileStorage at {data_fs}")
    if not blobs.is_dir():
        raise SystemExit(f"migrate: no blob folder at {blobs} (give it with --blobs)")
    return data_fs, blobs


def ensure_not_served(data_fs):
    """FileStorage's own lock: taken by every process that has the Data.fs open."""
    try:
        zc.lockfile.LockFile(f"{data_fs}.lock").close()
    except zc.lockfile.LockError:
        raise SystemExit(
            f"migrate: {data_fs} is in use by a running process (make start, runwsgi, zconsole): "
            "stop it first, the copy must see a database nobody writes to"
        ) from None


def query(dsn, sql):
    """The first row of ``sql`` in the database ``dsn``."""
    with closing(psycopg2.connect(dsn)) as connection, connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()


def stored(dsn):
    """The objects and blobs a RelStorage database holds (none before RelStorage made its tables)."""
    if not query(dsn, "SELECT to_regclass('object_state') IS NOT NULL")[0]:
        return {"objects": 0, "blobs": 0}
    objects, blobs = query(
        dsn, "SELECT (SELECT count(*) FROM object_state), (SELECT count(DISTINCT zoid) FROM blob_chunk)"
    )
    return {"objects": objects, "blobs": blobs}


def other_connections(dsn):
    """Connections of other processes (Zope, zodbpack...) to the database ``dsn``."""
    sql = (
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    )
    return query(dsn, sql)[0]


def migrate(dsn, source=None, blobs=None, clear=False):
    """Copy the FileStorage ``source`` into the RelStorage database ``dsn``: what it then holds."""
    data_fs, blobs = source_files(source, blobs)
    ensure_not_served(data_fs)
    held = stored(dsn)["objects"]
    if held and not clear:
        raise SystemExit(
            f"migrate: the destination database already holds data ({held} objects): nothing copied "
            "(--clear empties it first, for good)"
        )
    if held and other_connections(dsn):
        raise SystemExit("migrate: other processes use the destination database: stop them before --clear")
    where = {"port": 5432, **psycopg2.extensions.parse_dsn(dsn)}  # never its password in the output
    log(f"{data_fs} and {blobs} → PostgreSQL {where.get('dbname')} on {where.get('host')}:{where['port']}")
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="zodbconvert-") as work:
        conf = Path(work) / "zodbconvert.conf"
        escaped = dsn.replace("$", "$$")  # ZConfig reads $NAME as a substitution
        conf.write_text(
            CONVERT_CONF.format(data_fs=data_fs, blobs=blobs, blob_cache=Path(work) / "blobs", dsn=escaped)
        )
        result = subprocess.run(
            [ZODBCONVERT, *(["--clear"] if clear else []), conf],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
    if result.returncode:
        sys.stdout.write(result.stdout.decode(errors="replace")[-4000:])
        raise SystemExit(f"migrate: zodbconvert failed (exit {result.returncode})")
    copied = stored(dsn)
    log(f"{copied['objects']} objects and {copied['blobs']} blobs copied in {time.monotonic() - began:.1f} s")
    return copied


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dsn", required=True, help="libpq DSN of the destination database")
    parser.add_argument(
        "--from", dest="source", help="a var folder or a Data.fs [instance.yaml's db_filestorage_location]"
    )
    parser.add_argument("--blobs", help="the blob folder [blobstorage beside the Data.fs's folder]")
    parser.add_argument("--clear", action="store_true", help="empty the destination first (its data is lost)")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    migrate(args.dsn, args.source, args.blobs, args.clear)


if __name__ == "__main__":
    main()
