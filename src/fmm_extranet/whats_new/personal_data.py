"""What the whats_new capability holds about a worker: when they opened their spaces (GDPR)."""

from fmm_extranet.core.interfaces import IPersonalData
from fmm_extranet.whats_new import forget
from fmm_extranet.whats_new import read_record
from zope.interface import implementer


@implementer(IPersonalData)
class SpacesSeen:
    """``spaces_seen``: when the worker last opened each space (by UID), and
    ``last_digest``: when they were last sent what is new; erased: both."""

    order = 45

    def export(self, worker):
        record = read_record(worker)
        digest = record.get("digest")
        return {
            "spaces_seen": {uid: when.isoformat() for uid, when in record.get("seen", {}).items()},
            "last_digest": digest.isoformat() if digest else None,
        }

    def erase(self, worker, former_id):
        forget(worker)
