"""Catalog indexers of medical houses: intergroup, number, postal code."""

from fmm_extranet.medical_houses.content import IMedicalHouse
from plone.indexer import indexer


@indexer(IMedicalHouse)
def house_intergroup(obj):
    return [obj.intergroup] if obj.intergroup else []


@indexer(IMedicalHouse)
def fmm_number(obj):
    return obj.number


@indexer(IMedicalHouse)
def fmm_postal_code(obj):
    return obj.postal_code
