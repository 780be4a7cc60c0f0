"""Catalog indexers of workers: account, functions, workplaces, intergroups."""

from fmm_extranet import FEDERATION
from fmm_extranet.people.content import IWorker
from plone.indexer import indexer


@indexer(IWorker)
def fmm_user_id(obj):
    return obj.user_id


@indexer(IWorker)
def worker_functions(obj):
    return sorted({f.get("function") for job in obj.jobs() for f in job.functions or []})


@indexer(IWorker)
def worker_workplaces(obj):
    return sorted({job.workplace for job in obj.jobs() if job.workplace})


@indexer(IWorker)
def worker_intergroups(obj):
    houses = (job.workplace_object() for job in obj.jobs() if job.workplace != FEDERATION)
    return sorted({h.intergroup for h in houses if h is not None and h.intergroup})
