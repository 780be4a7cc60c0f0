"""Catalog indexers of group spaces: the space a content belongs to, the profession of a
sectoral group, the code of an intergroup (found so without loading them)."""

from Acquisition import aq_chain
from Acquisition import aq_inner
from fmm_extranet.medical_houses.content import IMedicalHouse
from fmm_extranet.spaces.behaviors import IGroupSpace
from fmm_extranet.spaces.content import IIntergroup
from fmm_extranet.spaces.content import ISectoralGroup
from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer


def spaces_above(obj):
    """The group spaces and medical houses holding ``obj`` (itself included), nearest first."""
    return [o for o in aq_chain(aq_inner(obj)) if IGroupSpace.providedBy(o) or IMedicalHouse.providedBy(o)]


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


@indexer(ISectoralGroup)
def sectoral_group_functions(obj):
    return [obj.profession] if obj.profession else []


@indexer(IIntergroup)
def intergroup_code(obj):
    return [obj.code] if obj.code else []
