"""Catalog indexers of formations and tools: their DEQuaP category and their words."""

from fmm_extranet.catalogue.content import IFormation
from fmm_extranet.catalogue.content import ITool
from fmm_extranet.core.searchable import searchable_text
from plone.indexer import indexer


def dequap_category(obj):
    return obj.dequap_category


formation_dequap = indexer(IFormation)(dequap_category)
tool_dequap = indexer(ITool)(dequap_category)


@indexer(IFormation)
def formation_text(obj):
    return searchable_text(obj, "context", "objectives", "content", "method", "audience")
