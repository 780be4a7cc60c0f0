"""What the helpdesk holds about a worker: the reply links of the messages relayed
to or from them (GDPR). The messages themselves are not kept: they were mailed."""

from fmm_extranet.core.interfaces import IPersonalData
from fmm_extranet.core.utils import unrestricted_object
from fmm_extranet.helpdesk import relays
from plone.restapi.serializer.converters import json_compatible
from zope.interface import implementer


def involving(user_id):
    """The (token, relay) pairs a worker wrote or received."""
    return [
        (token, relay)
        for token, relay in relays().items()
        if relay["sender"] == user_id or user_id in relay["recipients"]
    ]


@implementer(IPersonalData)
class Relays:
    """``relays``: when, about what, and whether the worker wrote or received it."""

    order = 40

    def export(self, worker):
        found = []
        for _token, relay in involving(worker.user_id):
            about = unrestricted_object(relay["about"])
            found.append(
                {
                    "created": json_compatible(relay["created"]),
                    "about": about.Title() if about is not None else None,
                    "sent": relay["sender"] == worker.user_id,
                }
            )
        return {"relays": found} if found else {}

    def erase(self, worker, former_id):
        """Their reply links stop working, both ways."""
        stored = relays()
        for token, _relay in involving(worker.user_id):
            del stored[token]
