"""Who receives an issue: the active workers of the federation or of its intergroup's
houses, minus those who unsubscribed or object to the processing of their data."""

from Acquisition import aq_parent
from fmm_extranet import _
from fmm_extranet.access.groups import expected_groups
from fmm_extranet.access.groups import intergroup_group
from fmm_extranet.gdpr import objected
from fmm_extranet.newsletter.content import is_archive
from fmm_extranet.people.workers import active_workers
from fmm_extranet.spaces.content import IIntergroup
from zope.i18nmessageid import Message


FEDERATION_AUDIENCE = _("Every active worker of the federation")
INTERGROUP_AUDIENCE = _("The active workers of the houses of ${intergroup}")
NO_AUDIENCE = _("Nobody")
NOWHERE = _("A newsletter is sent from the federation's archive or from an intergroup.")


def intergroup_of(newsletter):
    """The intergroup an issue is written in; None for the federation's archive.

    Only where it stands counts: an issue inside a folder of an intergroup has no audience.
    """
    parent = aq_parent(newsletter)
    return parent if IIntergroup.providedBy(parent) else None


def has_audience(newsletter):
    """Whether the issue stands in the federation's archive or directly in an intergroup."""
    parent = aq_parent(newsletter)
    return IIntergroup.providedBy(parent) or is_archive(parent)


def audience_title(newsletter):
    intergroup = intergroup_of(newsletter)
    if not has_audience(newsletter):
        return NO_AUDIENCE
    if intergroup is None:
        return FEDERATION_AUDIENCE
    return Message(INTERGROUP_AUDIENCE, mapping={"intergroup": intergroup.Title()})


def receives(worker, newsletter):
    """Whether ``worker`` is in the audience of ``newsletter`` now."""
    if worker is None or worker.status != "active" or worker.newsletter is False or objected(worker):
        return False
    intergroup = intergroup_of(newsletter)
    return intergroup is None or intergroup_group(intergroup.code) in expected_groups(worker)


def audience(newsletter):
    """The user ids of the audience, sorted (empty where an issue has none)."""
    if not has_audience(newsletter):
        return []
    return sorted(worker.user_id for worker in active_workers() if receives(worker, newsletter))
