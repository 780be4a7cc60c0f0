"""Send the whole site to Solr again: after a Solr outage, a new Solr, a schema change.

    zconsole run instance/etc/zope.conf backend/scripts/solr_reindex.py [--clear]
        [--site ID] [--batch N]

(``app`` is the Zope application, given by zconsole; the instance may keep serving
meanwhile.) Every object of the catalog is indexed with collective.solr's own
machinery, in batches of N documents followed by a soft commit, so searches see
the index fill up; Solr documents of content deleted meanwhile are removed. A
progress bar shows on standard error, a summary on standard output. Exit status:
0 when every document was indexed, 1 when some failed (see the log), 2 when Solr
is off or does not answer.

--clear empties the Solr core first (after a schema change, or a corrupt index):
until the run ends, searches find only what is already reindexed. Without it,
the existing documents are overwritten in place.

The code is fmm_extranet.search.reindex.solr_reindex (also used by the tests).
"""

from fmm_extranet.search.reindex import BATCH_SIZE
from fmm_extranet.search.reindex import solr_reindex
from fmm_extranet.search.reindex import SolrUnavailable
from pathlib import Path
import argparse
import sys
import time


sys.path.insert(0, str(Path(sys.argv[3]).resolve().parent))  # zconsole run CONF SCRIPT
from settings import instance_settings  # noqa: E402


BAR_WIDTH = 30


class ProgressBar:
    """``[#####.....] 1200/2000  60.0%  85.3 docs/s  ETA 0:00:09`` on standard error."""

    def __init__(self, out=sys.stderr, every=0.2):
        self.out = out
        self.every = every  # seconds between two redraws
        self.tty = out.isatty()
        self.started = time.monotonic()
        self.drawn = 0.0
        self.last_tenth = -1

    def __call__(self, done, total):
        now = time.monotonic()
        if self.tty:
            if done < total and now - self.drawn < self.every:
                return
            self.out.write("\r" + self.line(done, total, now))
            if done == total:
                self.out.write("\n")
        else:  # a log file: one line per tenth
            tenth = 10 * done // total if total else 10
            if tenth == self.last_tenth:
                return
            self.last_tenth = tenth
            self.out.write(self.line(done, total, now) + "\n")
        self.drawn = now
        self.out.flush()

    def line(self, done, total, now):
        elapsed = now - self.started
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        percent = 100 * done / total if total else 100.0
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (total - done) / rate if rate else 0.0
        return (
            f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} {percent:5.1f}% "
            f"{rate:7.1f} docs/s  ETA {format_seconds(eta)}"
        )


def format_seconds(seconds):
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="solr_reindex.py", description=__doc__.split("\n")[0])
    parser.add_argument("--clear", action="store_true", help="empty the Solr core first")
    parser.add_argument("--site", help="id of the Plone site [site_id of instance.yaml]")
    parser.add_argument(
        "--batch",
        type=int,
        default=BATCH_SIZE,
        help=f"documents per request and soft commit [{BATCH_SIZE}]",
    )
    return parser.parse_args(argv)


def main(app):
    args = parse_args(sys.argv[4:])  # after: zconsole run CONF SCRIPT
    site_id = args.site or instance_settings()["site_id"]
    site = app.get(site_id)
    if site is None:
        sys.exit(f"solr_reindex.py: no site '{site_id}' in this instance")
    print(f"{site_id}: reindexing in Solr{' (clearing the index first)' if args.clear else ''}")
    try:
        result = solr_reindex(site, clear=args.clear, batch_size=args.batch, progress=ProgressBar())
    except SolrUnavailable as error:
        print(f"\nsolr_reindex.py: {error}", file=sys.stderr)
        sys.exit(2)
    print(f"{site_id}: {result.summary()}")
    if result.failed:
        sys.exit(1)


main(app)  # noqa: F821 (zconsole provides app)
