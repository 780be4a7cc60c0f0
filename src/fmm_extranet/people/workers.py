"""Create accounts and worker profiles (demo data, staff tools, account requests)."""

from fmm_extranet.core.utils import unique_id
from plone import api


def create_account(user_id, email, fullname, password):
    """A Plone account that logs in with its email address."""
    acl_users = api.portal.get_tool("acl_users")
    acl_users.source_users.addUser(user_id, email, password)
    member = api.user.get(userid=user_id)
    member.setMemberProperties({"email": email, "fullname": fullname})
    return member


def create_worker(
    container,
    user_id,
    email,
    first_name,
    last_name,
    jobs=(),
    status="active",
    password=None,
    **fields,
):
    """An account (when missing), its Worker profile and its Jobs.

    ``jobs`` is a sequence of ``(workplace, functions)`` where ``functions`` is
    the list stored in ``Job.functions``.
    """
    if api.user.get(userid=user_id) is None:
        create_account(user_id, email, f"{first_name} {last_name}", password)
    worker = api.content.create(
        container=container,
        type="Worker",
        id=user_id,
        first_name=first_name,
        last_name=last_name,
        email=email,
        user_id=user_id,
        status=status,
        **fields,
    )
    for workplace, functions in jobs:
        api.content.create(
            container=worker,
            type="Job",
            id=unique_id(worker, "emploi"),
            workplace=workplace,
            functions=functions,
        )
    return worker


def functions(*tokens):
    """``Job.functions`` for plain function tokens."""
    return [{"function": t, "complement": None, "speciality": ""} for t in tokens]


def worker_of(user_id):
    """The Worker profile of an account, or None."""
    if not user_id:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="Worker", fmm_user_id=user_id)
    return brains[0]._unrestrictedGetObject() if brains else None
