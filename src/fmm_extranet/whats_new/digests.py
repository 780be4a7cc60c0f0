"""The digest: each worker is mailed, as often as they chose in their profile, the new
items of the spaces they follow that they may open, grouped by space.

A scheduled job (``digests``): at most ``BATCH`` due workers per run, found by the
catalog (``fmm_digest_due``: the others are not loaded). What a worker may
open is what the catalog gives to THEIR roles and groups (not to the job's system
user). The digest's time is recorded on the worker in the transaction that queues the
mail, so a crash sends nothing and records nothing: the next run does it once. Nothing
new: no mail, the check is recorded all the same. A worker the job meets for the first
time is only recorded: their first digest holds what is new from then on (no flood of
the whole last week when digests start). Workers who object to the processing of their
data (GDPR) receive none.
"""

from datetime import datetime
from datetime import timedelta
from datetime import UTC
from fmm_extranet import _
from fmm_extranet.core.mail import send
from fmm_extranet.core.utils import localized
from fmm_extranet.gdpr import objected
from fmm_extranet.people.content import IWorker
from fmm_extranet.people.workers import active_workers
from fmm_extranet.scheduler import IScheduledJob
from fmm_extranet.scheduler import public_url
from fmm_extranet.whats_new import followed_spaces
from fmm_extranet.whats_new import new_items
from fmm_extranet.whats_new import read_record
from fmm_extranet.whats_new import record
from plone import api
from plone.indexer import indexer
from zope.i18nmessageid import Message
from zope.interface import implementer


#: How long after their last digest a worker is due another one, by their choice.
FREQUENCIES = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}
#: The most workers looked at in one run, so that a run stays short.
BATCH = 100
#: When a worker who never had a digest is due one: at once (it only starts their clock).
FIRST_DIGEST_DUE = datetime(2000, 1, 1, tzinfo=UTC)
PROFILE_PATH = "/mon-profil"

DIGEST_SUBJECT = _("digest_subject", default="What's new in your spaces")
DIGEST_BODY = _(
    "digest_body",
    default="Hello ${name},\n\nWhat is new in your spaces since ${since}:\n\n${items}\n"
    "To receive this summary more or less often, or no longer, change it in your profile:\n"
    "${profile_url}\n",
)


def next_digest(worker):
    """When the worker is due their next digest: their last one plus the period they chose;
    at once when they never had one; None when they chose none."""
    period = FREQUENCIES.get(worker.digest)
    if period is None:
        return None
    last = read_record(worker).get("digest")
    return FIRST_DIGEST_DUE if last is None else last + period


@indexer(IWorker)
def fmm_digest_due(worker):
    """``next_digest`` in the catalog (a DateIndex, to the minute): the job loads only the
    workers due. Reindexed with the worker (their choice) and by ``send_digest``."""
    due = next_digest(worker)
    if due is None:
        raise AttributeError("fmm_digest_due")  # not indexed: never due
    return due


def due_workers(now):
    """The active workers due a digest at ``now`` (or met for the first time)."""
    for worker in active_workers(fmm_digest_due={"query": now, "range": "max"}):
        due = next_digest(worker)
        if due is not None and due <= now and worker.email and not objected(worker):
            yield worker


def digest_items(worker, since, now):
    """``{space title: [brain]}``: what is new since ``since`` in the worker's spaces that
    they may open (as the catalog answers THEIR roles and groups), oldest first."""
    user = api.portal.get_tool("acl_users").getUserById(worker.user_id)
    spaces = followed_spaces(worker)
    if user is None or not spaces:
        return {}
    catalog = api.portal.get_tool("portal_catalog")
    brains = new_items(
        catalog.unrestrictedSearchResults,
        spaces,
        since,
        now,
        allowedRolesAndUsers=catalog._listAllowedRolesAndUsers(user),
        effectiveRange=now,
    )
    grouped = {}
    for brain in sorted(brains, key=lambda brain: brain.created):
        space = next(uid for uid in brain.fmm_groups if uid in spaces)
        grouped.setdefault(spaces[space], []).append(brain)
    return grouped


def digest_text(grouped):
    """The spaces, each with its new items and their addresses."""
    return "".join(
        f"{title}\n" + "".join(f"- {brain.Title}\n  {brain.getURL()}\n" for brain in brains) + "\n"
        for title, brains in sorted(grouped.items())
    )


def send_digest(worker, now):
    """Mail the worker what is new since their last digest (sent on commit), if anything;
    record the digest. Whether sent."""
    since = read_record(worker).get("digest")
    grouped = digest_items(worker, since, now) if since is not None else {}
    record(worker)["digest"] = now
    worker.reindexObject(idxs=["fmm_digest_due"])
    if not grouped:
        return False
    mapping = {
        "name": worker.first_name,
        "since": localized(since).strftime("%d/%m/%Y"),
        "items": digest_text(grouped),
        "profile_url": public_url() + PROFILE_PATH,
    }
    send(worker.email, DIGEST_SUBJECT, Message(DIGEST_BODY, mapping=mapping))
    return True


@implementer(IScheduledJob)
class Digests:
    """Mail the due workers what is new in their spaces."""

    name = "digests"
    period = timedelta(minutes=10)

    def run(self, site, now):
        checked = sent = 0
        for worker in due_workers(now):
            sent += send_digest(worker, now)
            checked += 1
            if checked == BATCH:
                break
        return f"{sent} digest(s) sent, {checked} worker(s) checked"
