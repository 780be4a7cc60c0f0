"""The disciplines present in a medical house: the functions its active workers hold
there ("d'après les comptes extranet"), plus those its managers declared.

Each house keeps what each active worker brings (worker UID → function tokens), and
each worker the houses it counts in; subscribers update both when a job is added,
changed or removed and when a worker's status changes, so reading the disciplines of
every house costs no search.
"""

from fmm_extranet import FEDERATION
from fmm_extranet.core.utils import unrestricted_object
from fmm_extranet.people.content import IWorker
from persistent.mapping import PersistentMapping
from plone import api
from plone.uuid.interfaces import IUUID
from zope.lifecycleevent.interfaces import IObjectRemovedEvent


#: On a house: worker UID → the function tokens that worker holds there.
SOURCES = "_fmm_discipline_sources"
#: On a worker: the UIDs of the houses it counts in.
COUNTED_IN = "_fmm_discipline_houses"


def derived_disciplines(house):
    """The function tokens held in ``house`` by its active workers, sorted."""
    sources = getattr(house.aq_base, SOURCES, None) or {}
    return sorted({token for tokens in sources.values() for token in tokens})


def declared_disciplines(house):
    return list(getattr(house, "disciplines", None) or [])


def worker_disciplines(worker):
    """House UID → the functions ``worker`` holds there; nothing unless active."""
    if worker.status != "active":
        return {}
    found = {}
    for job in worker.jobs():
        if job.workplace and job.workplace != FEDERATION:
            tokens = {row.get("function") for row in job.functions or [] if row.get("function")}
            found.setdefault(job.workplace, set()).update(tokens)
    return {uid: tuple(sorted(tokens)) for uid, tokens in found.items() if tokens}


def count_worker(worker, brought=None):
    """Bring the houses' disciplines in step with ``worker`` (``brought``: what it
    brings now, by default computed from its status and jobs)."""
    brought = worker_disciplines(worker) if brought is None else brought
    worker_uid = IUUID(worker)
    before = set(getattr(worker.aq_base, COUNTED_IN, ()))
    for house_uid in before | set(brought):
        house = unrestricted_object(house_uid)
        if house is None:
            continue
        sources = getattr(house.aq_base, SOURCES, None)
        if sources is None:
            sources = PersistentMapping()
            setattr(house, SOURCES, sources)
        tokens = brought.get(house_uid, ())
        if tokens:
            sources[worker_uid] = tokens
        else:
            sources.pop(worker_uid, None)
    counted_in = tuple(sorted(brought))
    if tuple(getattr(worker.aq_base, COUNTED_IN, ())) != counted_in:
        setattr(worker, COUNTED_IN, counted_in)


def worker_changed(worker, event):
    """A status change (a transition) or a worker removed."""
    count_worker(worker, {} if IObjectRemovedEvent.providedBy(event) else None)


def job_changed(job, event):
    """A job added, changed or removed (not when its whole worker is removed)."""
    worker = event.oldParent if IObjectRemovedEvent.providedBy(event) else job.__parent__
    if IWorker.providedBy(worker):
        count_worker(worker)


def recount_all():
    """Recompute every house's derived disciplines from every worker (install, upgrade)."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="MedicalHouse"):
        house = brain._unrestrictedGetObject()
        if getattr(house.aq_base, SOURCES, None) is not None:
            setattr(house, SOURCES, PersistentMapping())
    for brain in catalog.unrestrictedSearchResults(portal_type="Worker"):
        worker = brain._unrestrictedGetObject()
        if getattr(worker.aq_base, COUNTED_IN, None) is not None:
            setattr(worker, COUNTED_IN, ())
        count_worker(worker)
