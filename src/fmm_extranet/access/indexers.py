"""Catalog indexers of the access model: confidentiality and the people of a space."""

from fmm_extranet.access.local_roles import own_value
from fmm_extranet.access.local_roles import space_people
from fmm_extranet.medical_houses.content import IMedicalHouse
from fmm_extranet.spaces.behaviors import IGroupSpace
from fmm_extranet.spaces.indexers import spaces_above
from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer


@indexer(IDexterityContent)
def fmm_confidential(obj):
    return any(own_value(space, "confidential") for space in spaces_above(obj))


space_people_of_group = indexer(IGroupSpace)(space_people)
space_people_of_house = indexer(IMedicalHouse)(space_people)
