"""Contracts between the capabilities.

``IPersonalData``: each capability that keeps something about a person provides it
as a named utility (registered in its own configure.zcml, implemented in its own
``personal_data`` module). ``fmm_extranet.gdpr`` iterates them, by ``order``: their
exports make up ``@my-data`` (the GDPR right of access), their erasures the erasure
of a worker's personal data; it knows nothing of how each one keeps its data.
"""

from zope.interface import Attribute
from zope.interface import Interface


#: What an erased worker is called, and what they created is credited to.
FORMER_FIRST_NAME = "ancien·ne"
FORMER_LAST_NAME = "travailleur·euse"
FORMER_WORKER = f"{FORMER_FIRST_NAME} {FORMER_LAST_NAME}"


class IPersonalData(Interface):
    """What one capability holds about a worker (named utility, one per storage)."""

    order = Attribute(
        "Integer: providers are exported and erased in this order (then by name). "
        "The export's keys come out in it; an erasure that leaves audit entries about "
        "the person comes before the audit's (which anonymises them and records the "
        "erasure)."
    )

    def export(worker):
        """{key: JSON-able value}: this capability's part of ``@my-data``.

        The keys are unique across providers; ``{}`` when it shows nothing.
        """

    def erase(worker, former_id):
        """Forget what this capability holds about ``worker``.

        ``worker.user_id`` is still the account's id; what is kept without anything
        personal (registrations, audit entries, requests) moves to ``former_id``, the
        new, meaningless id the profile gets once every provider erased its part.
        """
