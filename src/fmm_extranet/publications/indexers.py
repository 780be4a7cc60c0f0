"""The words of announcements and synthesis pages: their body is in their own schema."""

from fmm_extranet.core.searchable import searchable_text
from fmm_extranet.publications.content import IAnnouncement
from fmm_extranet.publications.content import ISynthesisPage
from plone.indexer import indexer


def body_text(obj):
    return searchable_text(obj, "text")


announcement_text = indexer(IAnnouncement)(body_text)
synthesis_page_text = indexer(ISynthesisPage)(body_text)
