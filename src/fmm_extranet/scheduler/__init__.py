"""The extranet's scheduler: the periodic jobs, run inside the Zope process itself.

Why a thread of the Zope process, and not a cron line or a separate process: with
FileStorage only ONE process may open Data.fs, so a ``zconsole`` process cannot run
beside the instance; and nobody has to remember to install anything — the instance
that serves the site runs its jobs (``make start``, the e2e stack, production). The
thread starts when the WSGI server is ready (``IProcessStarting``), which ``zconsole``
scripts do not fire (plone.testing's WSGI server does: the test layers turn it off);
``FMM_SCHEDULER_INTERVAL`` (seconds, default 60) sets its tick, 0 turns it off.

At each tick the thread opens its own ZODB connection and, in every extranet site,
runs the jobs that are due (named ``IScheduledJob`` utilities), each in its own
transaction, as a system user, with a request whose URLs are the site's public
address (the Extranet settings' ``public_url``): the links of the mails built by a
job are those of the frontend, never ``http://nohost``.

Once per cluster (several Zope processes on RelStorage): the job's last run is a
persistent ``JobRun`` written in the same transaction as the job's effects, and its
mails leave through the transactional MailHost queue. Two processes running a job at
the same time both write its ``JobRun``: one commit fails with a ConflictError, and
that process's effects and mails are dropped with it. Each job is also idempotent
(it records what it did), so a run repeated after a crash does nothing twice.
"""

from AccessControl.SecurityManagement import getSecurityManager
from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import setSecurityManager
from AccessControl.users import UnrestrictedUser
from contextlib import contextmanager
from datetime import datetime
from datetime import UTC
from fmm_extranet.core.sites import extranet_sites
from persistent import Persistent
from persistent.mapping import PersistentMapping
from plone import api
from urllib.parse import urlsplit
from ZODB.POSException import ConflictError
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtilitiesFor
from zope.component import getUtility
from zope.component.hooks import getSite
from zope.component.hooks import setSite
from zope.globalrequest import getRequest
from zope.globalrequest import setRequest
from zope.interface import Attribute
from zope.interface import Interface
import logging
import os
import threading
import transaction


logger = logging.getLogger("fmm_extranet.scheduler")

RUNS_KEY = "fmm_extranet.scheduler"
SYSTEM_USER = "fmm-scheduler"
DEFAULT_INTERVAL = 60
#: The environment variable of the interval between two ticks, in seconds.
INTERVAL_VARIABLE = "FMM_SCHEDULER_INTERVAL"


class IScheduledJob(Interface):
    """A periodic job of the extranet, registered as a utility named ``name``."""

    name = Attribute("The utility's name; its runs are recorded under it.")
    period = Attribute("timedelta: the least time between two runs (0: every tick).")

    def run(site, now):
        """Do what is due at ``now`` (aware UTC) in ``site``; return a one-line summary.

        Idempotent: what was done is recorded, in the same transaction.
        """


class NoPublicAddress(Exception):
    """The Extranet settings have no public address: links in mails cannot be built."""


class SchedulerUser(UnrestrictedUser):
    """The system user the jobs run as (a Manager); its id names it in the audit log."""

    def getId(self):
        return SYSTEM_USER


class JobRun(Persistent):
    """When a job last ran in a site. Without conflict resolution: two processes
    recording a run of the same job at once conflict, and one of them is undone."""

    def __init__(self):
        self.last_run = None
        self.summary = ""


def job_runs(site):
    annotations = IAnnotations(site)
    if RUNS_KEY not in annotations:
        annotations[RUNS_KEY] = PersistentMapping()
    return annotations[RUNS_KEY]


def last_run(site, name):
    """When the job ``name`` last ran in ``site`` (None: never)."""
    run = IAnnotations(site).get(RUNS_KEY, {}).get(name)
    return run.last_run if run is not None else None


def is_due(site, job, now):
    previous = last_run(site, job.name)
    return previous is None or now - previous >= job.period


def public_url():
    """The public address of the extranet (the frontend), without a trailing slash."""
    url = (api.portal.get_registry_record("fmm_extranet.public_url", default=None) or "").rstrip("/")
    if not url:
        raise NoPublicAddress("no public address in the Extranet settings (public_url)")
    return url


def use_public_address(site, request):
    """Make the URLs of ``request`` those of the public address: ``site.absolute_url()``
    is then ``public_url`` and every content's URL follows, as behind the frontend."""
    address = urlsplit(public_url())
    port = address.port or {"http": 80, "https": 443}[address.scheme]  # never the request's
    request.setServerURL(protocol=address.scheme, hostname=address.hostname, port=port)
    request["PARENTS"] = [site]
    request.setVirtualRoot(address.path)


def run_job(site, job, now):
    """Run ``job`` and record its run, in one transaction; its summary (None when
    another process ran it at the same time)."""
    transaction.begin()
    try:
        run = job_runs(site).setdefault(job.name, JobRun())
        summary = job.run(site, now)
        run.last_run, run.summary = now, summary
        run._p_changed = True  # written at every run, so that two runs conflict
        transaction.get().note(f"scheduler: {job.name}")
        transaction.commit()
    except ConflictError:
        transaction.abort()
        logger.info("%s %s: run by another process at the same time", site.getId(), job.name)
        return None
    except Exception:
        transaction.abort()
        logger.exception("%s %s: failed", site.getId(), job.name)
        return None
    logger.info("%s %s: %s", site.getId(), job.name, summary)
    return summary


def run_due_jobs(site, now=None):
    """Run the jobs due in ``site`` (the current site, as the system user); their
    summaries by name."""
    now = now or datetime.now(UTC)
    done = {}
    for name, job in sorted(getUtilitiesFor(IScheduledJob)):
        transaction.begin()  # what other processes committed meanwhile
        if is_due(site, job, now):
            done[name] = run_job(site, job, now)
    return done


@contextmanager
def kept_context():
    """Give back the caller's site, request and user afterwards."""
    site, request, security = getSite(), getRequest(), getSecurityManager()
    try:
        yield
    finally:
        setSite(site)
        setRequest(request)
        setSecurityManager(security)


def each_site(app):
    """Each extranet site of ``app``, made current with the system user of the jobs and
    the public address (a site without a public address is skipped, with a warning)."""
    for site in extranet_sites(app):
        try:
            use_public_address(site, site.REQUEST)
        except NoPublicAddress as error:
            logger.warning("%s: jobs not run: %s", site.getId(), error)
            continue
        user = SchedulerUser(SYSTEM_USER, "", ["Manager"], []).__of__(site.acl_users)
        newSecurityManager(site.REQUEST, user)
        yield site


def tick(app, now=None):
    """One round of the scheduler over the sites of ``app``; summaries by site and job."""
    with kept_context():
        return {site.getId(): run_due_jobs(site, now) for site in each_site(app)}


def run_now(app, name, now=None):
    """Run the job ``name`` in every extranet site at once, due or not (a manual
    trigger); its summaries by site."""
    job = getUtility(IScheduledJob, name=name)
    with kept_context():
        return {site.getId(): run_job(site, job, now or datetime.now(UTC)) for site in each_site(app)}


class Scheduler(threading.Thread):
    """Every ``interval`` seconds, a tick on a connection of its own to ``db``."""

    def __init__(self, db, interval):
        super().__init__(name="fmm-scheduler", daemon=True)
        self.db, self.interval = db, interval
        self.stopping = threading.Event()

    def run(self):
        logger.info("scheduler started: a round every %s s", self.interval)
        while not self.stopping.wait(self.interval):
            connection = self.db.open()
            try:
                tick(connection.root()["Application"])
            except Exception:
                logger.exception("scheduler round failed")
            finally:
                connection.close()

    def stop(self):
        self.stopping.set()


def interval_setting():
    return float(os.environ.get(INTERVAL_VARIABLE, DEFAULT_INTERVAL))


def start_with_server(event):
    """Start the scheduler when the WSGI server is ready (``IProcessStarting``)."""
    import Zope2

    interval = interval_setting()
    if interval <= 0:
        logger.info("scheduler off (FMM_SCHEDULER_INTERVAL=0)")
        return None
    scheduler = Scheduler(Zope2.DB, interval)
    scheduler.start()
    return scheduler
