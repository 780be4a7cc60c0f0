"""Anonymise the workers who left (or were rejected) longer ago than the retention period.

For cron: zconsole run instance/etc/zope.conf backend/scripts/gdpr_purge.py
(``app`` is the Zope application, given by zconsole). Every Plone site with the
extranet installed is purged, in batches committed one by one; a progress bar
shows on standard error. The retention period is in the Extranet settings.
"""

from fmm_extranet.core.sites import extranet_sites
from fmm_extranet.gdpr import departed_workers
from fmm_extranet.gdpr import erase_workers
import sys
import transaction


BATCH_SIZE = 20
BAR_WIDTH = 40


def show_progress(done, total, out=sys.stderr):
    filled = BAR_WIDTH * done // total if total else BAR_WIDTH
    out.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}")
    out.flush()


def purge():
    """Erase the departed workers of the current site; returns how many."""
    workers = list(departed_workers())
    show_progress(0, len(workers))
    for start in range(0, len(workers), BATCH_SIZE):
        erase_workers(workers[start : start + BATCH_SIZE])
        transaction.commit()
        show_progress(min(start + BATCH_SIZE, len(workers)), len(workers))
    sys.stderr.write("\n")
    return len(workers)


def main(app):
    for site in extranet_sites(app):
        print(f"{site.getId()}: {purge()} former worker(s) anonymised")


main(app)  # noqa: F821 (zconsole provides app)
