"""Catalog indexer of the DEQuaP category of formations and tools."""

from fmm_extranet.catalogue.content import IFormation
from fmm_extranet.catalogue.content import ITool
from plone.indexer import indexer


def dequap_category(obj):
    return obj.dequap_category


formation_dequap = indexer(IFormation)(dequap_category)
tool_dequap = indexer(ITool)(dequap_category)
