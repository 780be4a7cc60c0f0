"""Local roles of group spaces and medical houses, computed from their fields."""

from Acquisition import aq_base
from fmm_extranet.access.groups import profession_group
from fmm_extranet.people.workers import worker_of
from persistent.mapping import PersistentMapping
from zope.component import subscribers
from zope.interface import Attribute
from zope.interface import Interface


#: Which field of a space grants which local roles to the people it lists.
ROLES_BY_FIELD = {
    "coordinators": ("Contributor", "Editor", "Reviewer"),
    "managers": ("Contributor", "Editor", "Reviewer"),
    "members": ("Reader", "Contributor"),
}
READER = ("Reader",)
COMPUTED_ATTR = "_fmm_computed_local_roles"


class IExtraLocalRoles(Interface):
    """Subscription adapter: more computed local roles an object grants."""

    roles = Attribute("{principal id: roles}")


def may_hold_roles(user_id):
    """Accounts of pending or departed workers hold no computed role."""
    worker = worker_of(user_id)
    return worker is None or worker.status == "active"


def own_value(obj, name):
    """A field of ``obj`` itself, never one acquired from a parent space."""
    return getattr(aq_base(obj), name, None)


def space_people(space):
    """Every user id a space lists, in any role-granting field."""
    return sorted({uid for field in ROLES_BY_FIELD for uid in own_value(space, field) or []})


def expected_local_roles(space):
    """{principal id: roles} this space should grant."""
    expected = {}
    for field, roles in ROLES_BY_FIELD.items():
        for user_id in own_value(space, field) or []:
            if may_hold_roles(user_id):
                expected.setdefault(user_id, set()).update(roles)
    profession = own_value(space, "profession")
    if profession:
        expected.setdefault(profession_group(profession), set()).update(READER)
    for extra in subscribers((space,), IExtraLocalRoles):
        for principal, roles in extra.roles.items():
            expected.setdefault(principal, set()).update(roles)
    return expected


def apply_local_roles(space):
    """Replace the roles this module granted earlier by the expected ones.

    Roles given by hand in the sharing page are kept.
    """
    previous = getattr(space, COMPUTED_ATTR, None) or {}
    expected = expected_local_roles(space)
    principals = set(previous) | set(expected)
    for principal in principals:
        kept = set(space.get_local_roles_for_userid(principal)) - set(previous.get(principal, ()))
        roles = kept | expected.get(principal, set())
        if roles:
            space.manage_setLocalRoles(principal, sorted(roles))
        else:
            space.manage_delLocalRoles([principal])
    setattr(
        space,
        COMPUTED_ATTR,
        PersistentMapping({p: tuple(sorted(r)) for p, r in expected.items()}),
    )
    space.reindexObjectSecurity()
