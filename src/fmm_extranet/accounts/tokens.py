"""One-time links: the token goes out by email, only its hash is kept.

A token is good for one use, within the validity set in the Extranet settings
(days for a team invitation, hours for the other links); issuing a new one for
the same account revokes the earlier ones.
"""

from BTrees.OOBTree import OOBTree
from datetime import timedelta
from fmm_extranet.accounts import now
from fmm_extranet.accounts import setting
from fmm_extranet.accounts import site_storage
import hashlib
import secrets


TOKENS_KEY = "fmm_extranet.tokens"
#: Activating an account (validation or team invitation): may change the email.
ACTIVATION = "activation"
#: Choosing a new password.
RESET = "reset"


def digest(token):
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_store(create=True):
    """{digest: {"user_id", "purpose", "created", "invitation"}}."""
    return site_storage(TOKENS_KEY, OOBTree, create)


def issue(user_id, purpose, invitation=False):
    """A new token for ``user_id``; the account's earlier tokens stop working.

    A team ``invitation`` (an activation link) lives as long as invitations do.
    """
    revoke(user_id)
    token = secrets.token_urlsafe(32)
    token_store()[digest(token)] = {
        "user_id": user_id,
        "purpose": purpose,
        "created": now(),
        "invitation": invitation,
    }
    return token


def redeem(token):
    """The entry of a valid token, which is used up; None when unknown, used or expired.

    If the request fails afterwards, the aborted transaction gives the token back.
    """
    if not isinstance(token, str) or not token:
        return None
    store = token_store(create=False)
    entry = store.get(digest(token))
    if entry is None:
        return None
    del store[digest(token)]
    return None if expired(entry) else entry


def validity(entry):
    if entry.get("invitation"):
        return timedelta(days=setting("invitation_validity"))
    return timedelta(hours=setting("reset_validity"))


def expired(entry):
    return entry["created"] + validity(entry) < now()


def revoke(user_id):
    """Forget every token of ``user_id``, and every expired token on the way."""
    store = token_store(create=False)
    for key, entry in list(store.items()):
        if entry["user_id"] == user_id or expired(entry):
            del store[key]
