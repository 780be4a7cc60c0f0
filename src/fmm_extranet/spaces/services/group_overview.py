"""@group-overview: what a group's page shows, for every worker who opens it (SPEC rule 7)."""

from fmm_extranet.core.services import JsonService
from fmm_extranet.spaces.overview import group_overview
from fmm_extranet.spaces.page_access import check_page_access


class GroupOverviewGet(JsonService):
    """Coordinators, news, activities, documents (locked ones without address), tools,
    sub-groups of the space."""

    def reply(self):
        self.route(())
        check_page_access(self.context)
        return {
            "@id": f"{self.context.absolute_url()}/@group-overview",
            **group_overview(self.context, self.summary),
        }
