"""Catalog indexers: access model, group of a content, directory, agenda."""

from Acquisition import aq_chain
from Acquisition import aq_inner
from fmm_extranet import FEDERATION
from fmm_extranet.access.local_roles import own_value
from fmm_extranet.access.local_roles import space_people
from fmm_extranet.behaviors.group_space import IGroupSpace
from fmm_extranet.content.activity import IActivity
from fmm_extranet.content.catalogue import IFormation
from fmm_extranet.content.catalogue import ITool
from fmm_extranet.content.medicalhouse import IMedicalHouse
from fmm_extranet.content.worker import IWorker
from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer


def spaces_above(obj):
    """The group spaces and medical houses holding ``obj`` (itself included), nearest first."""
    return [
        o for o in aq_chain(aq_inner(obj))
        if IGroupSpace.providedBy(o) or IMedicalHouse.providedBy(o)
    ]


def nearest_space(obj):
    spaces = spaces_above(obj)
    return spaces[0] if spaces else None


@indexer(IDexterityContent)
def fmm_group(obj):
    space = nearest_space(obj)
    return space.UID() if space is not None else None


@indexer(IDexterityContent)
def fmm_group_title(obj):
    space = nearest_space(obj)
    return space.Title() if space is not None else None


@indexer(IDexterityContent)
def fmm_confidential(obj):
    return any(own_value(space, "confidential") for space in spaces_above(obj))


space_people_of_group = indexer(IGroupSpace)(space_people)
space_people_of_house = indexer(IMedicalHouse)(space_people)


@indexer(IDexterityContent)
def fmm_year(obj):
    """Year of publication, for the search facet."""
    date = obj.effective() if obj.EffectiveDate() != "None" else obj.created()
    return str(date.year())


@indexer(IWorker)
def fmm_user_id(obj):
    return obj.user_id


@indexer(IWorker)
def fmm_status(obj):
    return obj.status


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


@indexer(IMedicalHouse)
def house_intergroup(obj):
    return [obj.intergroup] if obj.intergroup else []


@indexer(IMedicalHouse)
def fmm_number(obj):
    return obj.number


@indexer(IMedicalHouse)
def fmm_postal_code(obj):
    return obj.postal_code


@indexer(IActivity)
def fmm_activity_type(obj):
    return obj.activity_type


def dequap_category(obj):
    return obj.dequap_category


formation_dequap = indexer(IFormation)(dequap_category)
tool_dequap = indexer(ITool)(dequap_category)
