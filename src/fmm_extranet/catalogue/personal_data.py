"""What the catalogue holds about a worker: the formations they said they are
interested in (GDPR). Erasure forgets it: the interest is theirs alone."""

from fmm_extranet.catalogue.interest import interest_of
from fmm_extranet.core.interfaces import IPersonalData
from plone import api
from plone.restapi.serializer.converters import json_compatible
from zope.interface import implementer


def formations_interesting(user_id):
    """The formations ``user_id`` said they are interested in, with when."""
    catalog = api.portal.get_tool("portal_catalog")
    found = []
    for brain in catalog.unrestrictedSearchResults(portal_type="Formation"):
        formation = brain._unrestrictedGetObject()
        interest = interest_of(formation)
        if interest is not None and user_id in interest.people:
            found.append((formation, interest))
    return found


@implementer(IPersonalData)
class FormationInterests:
    """``formation_interests``: the formation and since when."""

    order = 35

    def export(self, worker):
        found = formations_interesting(worker.user_id)
        return (
            {
                "formation_interests": [
                    {
                        "formation": formation.Title(),
                        "since": json_compatible(interest.people[worker.user_id]),
                    }
                    for formation, interest in found
                ]
            }
            if found
            else {}
        )

    def erase(self, worker, former_id):
        for _formation, interest in formations_interesting(worker.user_id):
            del interest.people[worker.user_id]
