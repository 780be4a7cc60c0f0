"""What the people capability holds about a worker: their profile and their jobs (GDPR).

Erasure keeps the profile and the jobs as a trace, without anything personal: the
names become "ancien·ne travailleur·euse"; email, GSM, photo, expertise, supervision,
subscriptions and the jobs' contacts go; where they worked, and as what, stays.
"""

from Acquisition import aq_base
from fmm_extranet.core.interfaces import FORMER_FIRST_NAME
from fmm_extranet.core.interfaces import FORMER_LAST_NAME
from fmm_extranet.core.interfaces import IPersonalData
from fmm_extranet.people.content import IJob
from fmm_extranet.people.content import IWorker
from fmm_extranet.people.content import JOB_CONTACT_FLAGS
from plone.restapi.serializer.converters import json_compatible
from zope.interface import implementer
from zope.schema import getFieldsInOrder


#: Worker fields that an erasure empties.
PERSONAL_FIELDS = ("email", "mobile", "photo", "expertise", "internship_supervisor")


def field_values(obj, schema):
    """Every field of ``schema`` on ``obj``, JSON-ready (a photo by its description)."""
    values = {}
    for name, _field in getFieldsInOrder(schema):
        value = getattr(aq_base(obj), name, None)
        if name == "photo" and value is not None:
            value = {
                "filename": value.filename,
                "content-type": value.contentType,
                "size": value.getSize(),
                "download": f"{obj.absolute_url()}/@@images/photo",
            }
        values[name] = json_compatible(value)
    return values


@implementer(IPersonalData)
class Profile:
    """``profile`` and ``jobs``: every field of the Worker and of each Job."""

    order = 20

    def export(self, worker):
        return {
            "profile": {"@id": worker.absolute_url(), **field_values(worker, IWorker)},
            "jobs": [{"@id": job.absolute_url(), **field_values(job, IJob)} for job in worker.jobs()],
        }

    def erase(self, worker, former_id):
        for job in worker.jobs():
            for field, flag in JOB_CONTACT_FLAGS.items():
                setattr(job, field, None)
                setattr(job, flag, False)
            job.reindexObject()
        worker.first_name, worker.last_name = FORMER_FIRST_NAME, FORMER_LAST_NAME
        for field in PERSONAL_FIELDS:
            setattr(worker, field, None)
        worker.subscriptions = []
