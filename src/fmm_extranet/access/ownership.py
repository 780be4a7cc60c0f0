"""A worker's account owns its Worker profile and its Jobs."""

from plone import api


def assign_owner(obj, user_id):
    """Make ``user_id`` the one and only owner and creator of ``obj``."""
    user = api.user.get(userid=user_id)
    if user is None:
        return
    for principal, roles in obj.get_local_roles():
        if "Owner" in roles and principal != user_id:
            remaining = [r for r in roles if r != "Owner"]
            if remaining:
                obj.manage_setLocalRoles(principal, remaining)
            else:
                obj.manage_delLocalRoles([principal])
    roles = set(obj.get_local_roles_for_userid(user_id)) | {"Owner"}
    obj.manage_setLocalRoles(user_id, sorted(roles))
    obj.changeOwnership(user.getUser())
    obj.setCreators([user_id])
