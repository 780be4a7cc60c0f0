"""The retention purge: a scheduled job, daily (the guide's "détruites deux ans après
votre départ"). ``backend/scripts/gdpr_purge.py`` runs it at once."""

from datetime import timedelta
from fmm_extranet.gdpr import departed_workers
from fmm_extranet.gdpr import erase_workers
from fmm_extranet.scheduler import IScheduledJob
from zope.interface import implementer


@implementer(IScheduledJob)
class RetentionPurge:
    """Anonymise the workers who left (or were rejected) longer ago than the retention period."""

    name = "gdpr_retention_purge"
    period = timedelta(days=1)

    def run(self, site, now):
        workers = list(departed_workers())
        erase_workers(workers)
        return f"{len(workers)} former worker(s) anonymised"
