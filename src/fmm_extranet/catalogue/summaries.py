"""What the training and tools catalogues show of each item (their summary
serializers), and their DEQuaP filter."""

from datetime import datetime
from datetime import UTC
from fmm_extranet import _
from fmm_extranet.catalogue.content import FORMATION_STATUSES
from fmm_extranet.catalogue.content import IFormation
from fmm_extranet.catalogue.content import ITool
from fmm_extranet.catalogue.content import TOOL_KINDS
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.errors import translated
from fmm_extranet.core.vocabularies import registry_terms
from fmm_extranet.core.vocabularies import term_label
from fmm_extranet.interfaces import IFmmExtranetLayer
from plone import api
from plone.restapi.interfaces import ISerializeToJsonSummary
from zope.component import adapter
from zope.interface import implementer


#: Statuses shown with the agenda icon: scheduled, or a waiting list is open.
SCHEDULED_STATUSES = ("scheduled", "waiting_list")


def dequap_category(token, request):
    """``{"token", "title"}`` of a DEQuaP category; 400 when the token is unknown."""
    categories = dict(registry_terms("dequap_categories"))
    if not isinstance(token, str) or token not in categories:
        raise Refusal(_("Unknown DEQuaP category: ${token}", mapping={"token": token or ""}))
    return {"token": token, "title": categories[token]}


def category_of(item):
    token = item.dequap_category
    return {"token": token, "title": term_label("dequap_categories", token)}


def term(vocabulary, token, request):
    if token not in vocabulary.by_value:
        return None
    return {"token": token, "title": translated(vocabulary.getTerm(token).title, request)}


def next_session(formation):
    """The next session (an Activity inside the formation) still to come, if any."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog(
        portal_type="Activity",
        path="/".join(formation.getPhysicalPath()),
        end={"query": datetime.now(UTC), "range": "min"},
        sort_on="start",
        sort_limit=1,
    )[:1]
    if not brains:
        return None
    session = brains[0]
    return {"@id": session.getURL(), "title": session.Title, "start": session.start.isoformat()}


class CatalogueSummary:
    def __init__(self, context, request):
        self.context = context
        self.request = request

    def base(self):
        item = self.context
        return {
            "@id": item.absolute_url(),
            "@type": item.portal_type,
            "UID": item.UID(),
            "title": item.Title(),
            "description": item.Description(),
            "dequap_category": category_of(item),
        }


@implementer(ISerializeToJsonSummary)
@adapter(IFormation, IFmmExtranetLayer)
class FormationSummary(CatalogueSummary):
    def __call__(self):
        formation = self.context
        return {
            **self.base(),
            "formation_status": term(FORMATION_STATUSES, formation.formation_status, self.request),
            "scheduled": formation.formation_status in SCHEDULED_STATUSES,
            "next_session": next_session(formation),
        }


@implementer(ISerializeToJsonSummary)
@adapter(ITool, IFmmExtranetLayer)
class ToolSummary(CatalogueSummary):
    def __call__(self):
        tool = self.context
        file = tool.file
        return {
            **self.base(),
            "tool_kind": term(TOOL_KINDS, tool.tool_kind, self.request),
            "video_url": tool.video_url,
            "file": (
                {
                    "download": f"{tool.absolute_url()}/@@download/file",
                    "filename": file.filename,
                    "content-type": file.contentType,
                    "size": file.getSize(),
                }
                if file
                else None
            ),
        }


def catalogue_items(portal_type, dequap=None):
    """Formations or tools, by title, optionally of one DEQuaP category."""
    query = {"portal_type": portal_type, "sort_on": "sortable_title"}
    if dequap:
        query["fmm_dequap"] = dequap
    return [brain.getObject() for brain in api.portal.get_tool("portal_catalog")(**query)]
