"""An objection hides the worker from the directory: their profile and jobs leave the listings.

Every listing of people (``@search`` of Workers and Jobs, the colleagues one shares an
item with, the workers of a medical house, full-text results from Solr or the catalog)
filters on ``allowedRolesAndUsers``. While the worker objects, their profile and jobs
are indexed for the administrators, the federation staff and themselves only; the
profile's own permissions do not change (a link to it still opens, as any content
credited to them does).
"""

from Acquisition import aq_base
from Acquisition import aq_inner
from Acquisition import aq_parent
from fmm_extranet.gdpr import objected
from fmm_extranet.people.content import IJob
from fmm_extranet.people.content import IWorker
from plone.indexer import indexer
from Products.CMFPlone.CatalogTool import allowedRolesAndUsers


#: Who still finds a worker who objects: those who process the requests and the accounts.
STILL_LISTED_TO = ("Manager", "Site Administrator", "FederationStaff")


def listed_to(obj, worker):
    """The default ``allowedRolesAndUsers``, restricted while ``worker`` objects."""
    allowed = allowedRolesAndUsers.callable(obj)
    if not objected(worker):
        return allowed
    return sorted({role for role in allowed if role in STILL_LISTED_TO} | {f"user:{worker.user_id}"})


@indexer(IWorker)
def worker_listed_to(obj):
    return listed_to(obj, obj)


@indexer(IJob)
def job_listed_to(obj):
    worker = aq_parent(aq_inner(obj))
    if not IWorker.providedBy(aq_base(worker)):
        return allowedRolesAndUsers.callable(obj)
    return listed_to(obj, worker)


def reindex_listings(worker):
    """After an objection starts or ends: the profile and jobs are listed accordingly."""
    for obj in (worker, *worker.jobs()):
        obj.reindexObject(idxs=["allowedRolesAndUsers"])
