"""Run the retention purge now, in every extranet site (the scheduler runs it daily).

    zconsole run instance/etc/zope.conf backend/scripts/gdpr_purge.py

(``app`` is the Zope application, given by zconsole; the instance must be stopped,
FileStorage allows one process.) The retention period is in the Extranet settings.
"""

from fmm_extranet.scheduler import run_now


for site_id, summary in run_now(app, "gdpr_retention_purge").items():  # noqa: F821 (zconsole provides app)
    print(f"{site_id}: {summary}")
