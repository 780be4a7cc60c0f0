"""What the access model holds about a worker: the spaces that list them, and what
they created (GDPR).

Nothing of it shows in ``@my-data`` (the spaces a worker belongs to are on their
profile page; what they created is the site's content). Erasure takes them out of
every space's coordinators, members and managers, and credits what they created
(content and comments) to "ancien·ne travailleur·euse": it stays, without their name.
It comes after the account is closed (its status change gives the profile and jobs
back to the account), so that those end up credited to nobody either.
"""

from fmm_extranet.access.local_roles import own_value
from fmm_extranet.access.local_roles import ROLES_BY_FIELD
from fmm_extranet.core.interfaces import FORMER_WORKER
from fmm_extranet.core.interfaces import IPersonalData
from plone import api
from plone.app.discussion.interfaces import IComment
from zope.event import notify
from zope.interface import implementer
from zope.lifecycleevent import ObjectModifiedEvent


def leave_spaces(user_id):
    """Take ``user_id`` out of every space's coordinators, members and managers."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(fmm_space_people=user_id):
        space = brain._unrestrictedGetObject()
        for field in ROLES_BY_FIELD:
            people = own_value(space, field) or []
            if user_id in people:
                setattr(space, field, [p for p in people if p != user_id])
        notify(ObjectModifiedEvent(space))


def credit_former_worker(user_id):
    """What ``user_id`` created stays, credited to "ancien·ne travailleur·euse"."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(Creator=user_id):
        obj = brain._unrestrictedGetObject()
        if IComment.providedBy(obj):
            obj.creator = obj.author_name = FORMER_WORKER
            obj.author_username = obj.author_email = None
        else:
            obj.setCreators([FORMER_WORKER if c == user_id else c for c in obj.listCreators()])
        obj.reindexObject(idxs=["Creator"])


@implementer(IPersonalData)
class SpacesAndCreations:
    """No export; erased: the worker leaves the spaces, their creations are credited anew."""

    order = 15

    def export(self, worker):
        return {}

    def erase(self, worker, former_id):
        leave_spaces(worker.user_id)
        credit_former_worker(worker.user_id)
