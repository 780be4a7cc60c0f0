"""Who opens a group's page (SPEC rule 7), as a Zope permission on the space.

Every active worker opens every group's page — description, coordinators, news,
activities, documents listed with a lock — through the permission
``fmm_extranet: View group page``, given at the site root to the roles that view
content (``rolemap.xml``). The contents of a space keep their own ``View``: a
document of a sectoral group stays closed to other professions.

A confidential space takes the permission away from everyone who does not view
it (its own ``View`` roles), for itself and every space inside it; to them it
does not exist (404).
"""

from Acquisition import aq_base
from fmm_extranet.spaces.behaviors import IGroupSpace
from plone import api
from zExceptions import NotFound
from zExceptions import Unauthorized


VIEW_GROUP_PAGE = "fmm_extranet: View group page"
#: Who still opens a confidential space's page: those who view the space.
CONFIDENTIAL_PAGE_ROLES = (
    "Reader",
    "Contributor",
    "Editor",
    "Reviewer",
    "Manager",
    "Site Administrator",
    "FederationStaff",
)


def is_confidential(space):
    """The space, or a space holding it, is marked confidential."""
    return any(
        getattr(aq_base(obj), "confidential", False) for obj in space.aq_chain if IGroupSpace.providedBy(obj)
    )


def sync_page_access(space, event=None):
    """Give the page to every active worker, or only to those in a confidential space."""
    if getattr(aq_base(space), "confidential", False):
        space.manage_permission(VIEW_GROUP_PAGE, CONFIDENTIAL_PAGE_ROLES, acquire=False)
    else:
        space.manage_permission(VIEW_GROUP_PAGE, (), acquire=True)


def sync_all_spaces():
    """Data migration (upgrade step): every existing space's page access."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(object_provides=IGroupSpace.__identifier__):
        sync_page_access(brain._unrestrictedGetObject())


def may_open_page(space):
    return bool(api.user.has_permission(VIEW_GROUP_PAGE, obj=space))


def check_page_access(space):
    """Refuse the page: 404 when it is confidential to a signed-in worker; else 401, as
    Zope refuses any content to those who may not view it (accounts awaiting approval
    or of people who left)."""
    if may_open_page(space):
        return
    if not api.user.is_anonymous() and is_confidential(space):
        raise NotFound(space.getId())
    raise Unauthorized(VIEW_GROUP_PAGE)
