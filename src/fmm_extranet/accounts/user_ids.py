"""User ids that say nothing about the person, and the re-keying of older ones.

Every account gets a random id, ``w-`` and twelve hex digits (``new_user_id``):
neither the email nor the name can be read from it, and it is what shows as the
creator of everything the person writes. The accounts this add-on opens (account
requests, team lists) get one, and so do those made in Plone's own user management
(users control panel, ``POST @users``) through the ``IUserIdGenerator`` utility
below; ``plone.use_uuid_as_userid`` is on as well, should that utility be missing.

Sites made before gave the accounts of Plone's user management their email as id.
``rekey_email_ids()`` gives each of them (and any email-shaped id left by a deleted
account) a new random id and moves everything kept under the old one: the account
(password, login, properties, global roles, groups, portrait, dashboard, pending
password reset), and in every content object its local roles, the roles computed from
the spaces' fields, its owner, creators, comments and commentators, workflow history
and the versions' authors; the spaces' coordinators, members and managers, the
Worker's ``user_id`` (and its id, when it was the user id), the registrations, the
one-time links and the audit log. What holds a user id is then reindexed (catalog and,
when it is on, Solr). Capabilities that keep user ids of their own subscribe to
``IUserIdsChanged``. Sessions and JSON web tokens name the old id: people log in again.
"""

from Acquisition import aq_base
from collections import Counter
from fmm_extranet import _
from fmm_extranet.access.local_roles import COMPUTED_ATTR
from fmm_extranet.access.local_roles import own_value
from fmm_extranet.access.local_roles import ROLES_BY_FIELD
from fmm_extranet.accounts import WORKERS_FOLDER
from fmm_extranet.accounts.audit import audit_log
from fmm_extranet.accounts.audit import AUDITED_PEOPLE_ATTR
from fmm_extranet.accounts.tokens import token_store
from fmm_extranet.core.mail import in_site_language
from fmm_extranet.people.content import IWorker
from fmm_extranet.people.workers import worker_of
from fmm_extranet.registrations import book_of
from fmm_extranet.registrations import formation_of
from persistent.mapping import PersistentMapping
from plone import api
from plone.app.discussion.interfaces import DISCUSSION_ANNOTATION_KEY
from plone.app.discussion.interfaces import IComment
from plone.app.redirector.interfaces import IRedirectionStorage
from plone.app.users.browser.interfaces import IUserIdGenerator
from plone.portlets.constants import USER_CATEGORY
from plone.portlets.interfaces import IPortletManager
from Products.PlonePAS.plugins.property import ZODBMutablePropertyProvider
from Products.PluggableAuthService.plugins.ZODBGroupManager import ZODBGroupManager
from Products.PluggableAuthService.plugins.ZODBRoleManager import ZODBRoleManager
from Products.PluggableAuthService.plugins.ZODBUserManager import ZODBUserManager
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtilitiesFor
from zope.component import queryUtility
from zope.event import notify
from zope.interface import Attribute
from zope.interface import implementer
from zope.interface import Interface
from zope.interface import provider
import logging
import re
import secrets


logger = logging.getLogger("fmm_extranet.accounts.user_ids")

OPAQUE_ID = re.compile(r"^w-[0-9a-f]{12}$")


def new_user_id(taken=()):
    """A random user id no account (nor ``taken``) has: ``w-`` and twelve hex digits."""
    portal = api.portal.get()
    workers = portal.get(WORKERS_FOLDER)
    while True:
        user_id = f"w-{secrets.token_hex(6)}"
        if user_id in taken or api.user.get(userid=user_id) is not None:
            continue
        if workers is not None and user_id in workers:
            continue
        return user_id


@provider(IUserIdGenerator)
def generate_user_id(data):
    """Plone's user management (users control panel, ``POST @users``) asks us for ids.

    With the email as login, its forms send no user name: only code does
    (``plone.api.user.create(username=...)``), and keeps that id unless it is an email.
    """
    username = data.get("username")
    if username and not is_email_shaped(username):
        return username
    return new_user_id()


def is_email_shaped(user_id):
    return isinstance(user_id, str) and "@" in user_id


#: The catalog indexes (and Solr fields) a comment's author name is in.
NAME_INDEXES = ("Title", "sortable_title", "SearchableText")
#: How a person without a name is shown to others.
NAMELESS = _("Extranet member")


def shown_name(*user_ids):
    """How the person is named to others, never by an email: the names of their profile,
    or of their account, or a neutral label (the first of ``user_ids`` known wins)."""
    for user_id in user_ids:
        worker = worker_of(user_id)
        if worker is not None and worker.title:
            return worker.title
        member = api.user.get(userid=user_id) if user_id else None
        fullname = member.getProperty("fullname") if member is not None else None
        if fullname and not is_email_shaped(fullname):
            return fullname
    return in_site_language(NAMELESS)


def comment_author_named(comment, event):
    """Plone names the author of a comment by their login (their email) when their account
    has no full name, and the comment's title repeats it: name them otherwise."""
    if is_email_shaped(comment.author_name):
        comment.author_name = shown_name(comment.author_username)
        # looking the profile up indexed the comment already
        comment.reindexObject(idxs=list(NAME_INDEXES))


class IUserIdsChanged(Interface):
    """User ids were re-keyed: whoever keeps user ids moves them."""

    mapping = Attribute("{old user id: new user id}")
    counts = Attribute("collections.Counter of what moved, to add one's own counts to")


@implementer(IUserIdsChanged)
class UserIdsChanged:
    def __init__(self, mapping, counts):
        self.mapping = mapping
        self.counts = counts


class Rekeying:
    """The ids to replace; ``orphans(id)`` says whether an id with no account is replaced too."""

    def __init__(self, mapping, orphans=None):
        self.mapping = dict(mapping)
        self.orphans = orphans
        self.counts = Counter()

    def new(self, principal):
        """The id replacing ``principal``, or None when it stays."""
        if principal in self.mapping:
            return self.mapping[principal]
        if self.orphans is not None and self.orphans(principal) and not is_group(principal):
            self.mapping[principal] = new_user_id(taken=set(self.mapping.values()))
            return self.mapping[principal]
        return None

    def renamed(self, principal):
        return self.new(principal) or principal

    def renamed_all(self, principals):
        """The principals renamed, each once, in their order."""
        return list(dict.fromkeys(self.renamed(p) for p in principals))

    def touches(self, principals):
        return any(self.new(p) for p in principals)


def is_group(principal):
    return api.group.get(groupname=principal) is not None


def rekey_email_ids():
    """Give every email-shaped user id a new random one; nothing happens on a second run."""
    acl_users = api.portal.get_tool("acl_users")
    ids = [uid for uid in acl_users.source_users.listUserIds() if is_email_shaped(uid)]
    mapping = {}
    for user_id in ids:
        mapping[user_id] = new_user_id(taken=set(mapping.values()))
    return rekey(mapping, orphans=is_email_shaped)


def rekey(mapping, orphans=None):
    """Replace user ids (``{old: new}``) everywhere one is kept; returns the counts.

    ``orphans(id)`` decides whether an id found in content without an account
    (deleted since) also gets a new random id.
    """
    rekeying = Rekeying(mapping, orphans)
    rename_workers(rekeying)
    rekey_content(rekeying)
    rekey_accounts(rekeying)
    rekey_site_storages(rekeying)
    rekey_versions(rekeying)
    notify(UserIdsChanged(dict(rekeying.mapping), rekeying.counts))
    counts = rekeying.counts
    counts["ids"] = len(rekeying.mapping)
    logger.info("User ids re-keyed: %s", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none")
    return counts


# Content


def rename_workers(rekeying):
    """A Worker named after its user id takes the new one, and its old address is forgotten."""
    catalog = api.portal.get_tool("portal_catalog")
    storage = queryUtility(IRedirectionStorage)
    for brain in catalog.unrestrictedSearchResults(portal_type="Worker"):
        worker = brain._unrestrictedGetObject()
        new_id = rekeying.new(worker.user_id)
        if new_id is None or worker.getId() != worker.user_id or new_id in worker.__parent__:
            continue
        old_path = "/".join(worker.getPhysicalPath())
        with api.env.adopt_roles(["Manager"]):
            api.content.rename(obj=worker, new_id=new_id)
        if storage is not None and storage.has_path(old_path):
            storage.remove(old_path)
        rekeying.counts["renamed_workers"] += 1


def rekey_content(rekeying):
    """Every object of the site, then a reindex of what holds user ids, once each.

    The reindex comes after every change: a formation's attendees are read from the
    registrations of the activities inside it. Objects below one whose local roles
    changed have their ``allowedRolesAndUsers`` reindexed (they acquire those roles).
    """
    site = api.portal.get()
    catalog = api.portal.get_tool("portal_catalog")
    site_path = site.getPhysicalPath()
    brains = catalog.unrestrictedSearchResults(path="/".join(site_path))
    paths = sorted({tuple(brain.getPath().split("/")) for brain in brains})
    reindex = {}
    secured = set()
    for count, path in enumerate([site_path, *paths], 1):
        obj = site.unrestrictedTraverse(path, None)
        if obj is None:
            continue
        for target, idxs in rekey_object(obj, rekeying).items():
            reindex.setdefault(target, set()).update(idxs)
        if "allowedRolesAndUsers" in reindex.get(path, ()):
            secured.add(path)
        if count % 1000 == 0:
            site._p_jar.cacheGC()
    for path in paths:
        idxs = set(reindex.get(path, ()))
        if any(path[:depth] in secured for depth in range(len(site_path), len(path))):
            idxs.add("allowedRolesAndUsers")
        if idxs:
            site.unrestrictedTraverse(path).reindexObject(idxs=sorted(idxs))
            rekeying.counts["reindexed"] += 1


def rekey_object(obj, rekeying):
    """Rewrite the user ids ``obj`` holds; {path: indexes} to reindex (here or above)."""
    path = obj.getPhysicalPath()
    idxs = set()
    also = {}
    base = aq_base(obj)
    if rekey_local_roles(obj, base, rekeying):
        idxs.add("allowedRolesAndUsers")
    rekey_owner(obj, base, rekeying)
    rekey_workflow_history(obj, base, rekeying)
    idxs.update(rekey_creators(obj, base, rekeying))
    if rekey_space_fields(obj, base, rekeying):
        idxs.add("fmm_space_people")
    annotations = annotations_of(obj)
    if rekey_conversation(annotations, rekeying):
        idxs.add("commentators")
    if IWorker.providedBy(obj) and rekeying.new(obj.user_id):
        obj.user_id = rekeying.new(obj.user_id)
        idxs.update(("fmm_user_id", "allowedRolesAndUsers"))
        rekeying.counts["workers"] += 1
    if annotations and rekey_registrations(obj, rekeying):
        idxs.add("fmm_registrants")
        formation = formation_of(obj)
        if formation is not None:
            also[formation.getPhysicalPath()] = {"fmm_space_people"}
    return {path: idxs, **also} if idxs else also


def rekey_local_roles(obj, base, rekeying):
    changed = False
    local_roles = getattr(base, "__ac_local_roles__", None)
    if isinstance(local_roles, dict) and rekeying.touches(local_roles):
        moved = {}
        for principal, roles in local_roles.items():
            target = rekeying.renamed(principal)
            moved[target] = sorted(set(moved.get(target, ())) | set(roles))
        obj.__ac_local_roles__ = moved
        rekeying.counts["local_roles"] += 1
        changed = True
    computed = getattr(base, COMPUTED_ATTR, None)
    if computed and rekeying.touches(computed):
        moved = {}
        for principal, roles in computed.items():
            target = rekeying.renamed(principal)
            moved[target] = tuple(sorted(set(moved.get(target, ())) | set(roles)))
        setattr(obj, COMPUTED_ATTR, PersistentMapping(moved))
    return changed


def rekey_owner(obj, base, rekeying):
    owner = getattr(base, "_owner", None)
    if isinstance(owner, tuple) and len(owner) == 2 and rekeying.new(owner[1]):
        obj._owner = (owner[0], rekeying.new(owner[1]))
        rekeying.counts["owners"] += 1


def rekey_workflow_history(obj, base, rekeying):
    history = getattr(base, "workflow_history", None)
    if not history:
        return
    for workflow_id, entries in list(history.items()):
        if rekeying.touches(entry.get("actor") for entry in entries):
            history[workflow_id] = tuple(
                {**entry, "actor": rekeying.renamed(entry.get("actor"))} for entry in entries
            )
            rekeying.counts["workflow_histories"] += 1


def rekey_creators(obj, base, rekeying):
    if IComment.providedBy(obj):
        author = getattr(base, "author_username", None)
        changed = False
        for name in ("creator", "author_username"):
            value = getattr(base, name, None)
            if rekeying.new(value):
                setattr(obj, name, rekeying.new(value))
                changed = True
        if not changed:
            return set()
        rekeying.counts["comments"] += 1
        if not is_email_shaped(obj.author_name):
            return {"Creator", "listCreators"}
        obj.author_name = shown_name(author, obj.author_username)
        return {"Creator", "listCreators", *NAME_INDEXES}
    creators = getattr(base, "creators", None)
    if isinstance(creators, (tuple, list)) and rekeying.touches(creators):
        obj.creators = tuple(rekeying.renamed_all(creators))
        rekeying.counts["creators"] += 1
        return {"Creator", "listCreators"}
    return set()


def rekey_space_fields(obj, base, rekeying):
    changed = False
    for field in ROLES_BY_FIELD:
        people = own_value(obj, field)
        if isinstance(people, (list, tuple)) and rekeying.touches(people):
            setattr(obj, field, rekeying.renamed_all(people))
            rekeying.counts["space_fields"] += 1
            changed = True
    audited = getattr(base, AUDITED_PEOPLE_ATTR, None)
    if audited and any(rekeying.touches(people) for people in audited.values()):
        setattr(
            obj,
            AUDITED_PEOPLE_ATTR,
            PersistentMapping({f: tuple(rekeying.renamed_all(p)) for f, p in audited.items()}),
        )
    return changed


def annotations_of(obj):
    """The annotations of ``obj``; an empty dict when it has none."""
    try:
        return IAnnotations(obj)
    except TypeError:
        return {}


def rekey_conversation(annotations, rekeying):
    """The commentators a content's conversation counts (its comments are visited on their own)."""
    conversation = annotations.get(DISCUSSION_ANNOTATION_KEY)
    commentators = getattr(conversation, "_commentators", None)
    if commentators is None or not rekeying.touches(commentators.keys()):
        return False
    for old in [c for c in commentators if rekeying.new(c)]:
        new = rekeying.new(old)
        commentators[new] = commentators.get(new, 0) + commentators.pop(old)
    rekeying.counts["conversations"] += 1
    return True


def rekey_registrations(activity, rekeying):
    book = book_of(activity)
    if book is None or not rekeying.touches(book.entries.keys()):
        return False
    for old in [u for u in book.entries if rekeying.new(u)]:
        registration = book.entries.pop(old)
        registration.user_id = rekeying.new(old)
        book.entries[registration.user_id] = registration
        rekeying.counts["registrations"] += 1
    book.changed()
    return True


# Accounts


def move_key(mapping, old, new, merge=None):
    """``mapping[new] = mapping.pop(old)``; ``merge(existing, moved)`` when both exist."""
    value = mapping.pop(old)
    if new in mapping and merge is not None:
        value = merge(mapping[new], value)
    mapping[new] = value


def merged_tuples(existing, moved):
    return tuple(dict.fromkeys((*existing, *moved)))


def rekey_accounts(rekeying):
    """Plone's user folder, member data, password reset requests and dashboards."""
    acl_users = api.portal.get_tool("acl_users")
    mapping = rekeying.mapping
    for plugin in acl_users.objectValues():
        if isinstance(plugin, ZODBUserManager):
            for old in [u for u in mapping if u in plugin._user_passwords]:
                new = mapping[old]
                login = plugin._userid_to_login.pop(old)
                plugin._user_passwords[new] = plugin._user_passwords.pop(old)
                plugin._userid_to_login[new] = login
                plugin._login_to_userid[login] = new
                rekeying.counts["accounts"] += 1
        if isinstance(plugin, ZODBMutablePropertyProvider):
            for old in [u for u in mapping if u in plugin._storage]:
                move_key(plugin._storage, old, mapping[old])
                rekeying.counts["properties"] += 1
        if isinstance(plugin, ZODBRoleManager):
            for old in [u for u in mapping if u in plugin._principal_roles]:
                move_key(plugin._principal_roles, old, mapping[old], merged_tuples)
                rekeying.counts["global_roles"] += 1
        if isinstance(plugin, ZODBGroupManager):
            for old in [u for u in mapping if u in plugin._principal_groups]:
                move_key(plugin._principal_groups, old, mapping[old], merged_tuples)
                for principal in (old, mapping[old]):
                    plugin._invalidatePrincipalCache(principal)
                rekeying.counts["group_memberships"] += 1
        tokens = getattr(aq_base(plugin), "_tokens", None)
        if tokens is not None and hasattr(tokens, "pop"):
            for old in [u for u in mapping if u in tokens]:
                del tokens[old]  # web tokens name the old id: they no longer log in
    memberdata = api.portal.get_tool("portal_memberdata")
    for storage in (memberdata._members, memberdata.portraits):
        for old in [u for u in mapping if u in storage]:
            move_key(storage, old, mapping[old])
            rekeying.counts["member_data"] += 1
    reset_tool = api.portal.get_tool("portal_password_reset")
    requests = reset_tool._requests
    for key, (user_id, expiry) in list(requests.items()):
        if rekeying.new(user_id):
            requests[key] = (rekeying.new(user_id), expiry)
            reset_tool._p_changed = True  # older sites keep them in a dict
            rekeying.counts["password_requests"] += 1
    for _name, manager in getUtilitiesFor(IPortletManager):
        dashboards = manager.get(USER_CATEGORY)
        if dashboards is None:
            continue
        for old in [u for u in mapping if u in dashboards]:
            assignments = dashboards[old]
            del dashboards[old]
            dashboards[mapping[old]] = assignments
            rekeying.counts["dashboards"] += 1


def rekey_site_storages(rekeying):
    """The one-time links and the audit log."""
    store = token_store(create=False)
    for key, entry in list(store.items()):
        if rekeying.new(entry["user_id"]):
            store[key] = {**entry, "user_id": rekeying.new(entry["user_id"])}
            rekeying.counts["tokens"] += 1
    log = audit_log(create=False)
    for key, entry in list(log.items()):
        if rekeying.touches((entry["actor"], entry["about"])):
            log[key] = {
                **entry,
                "actor": rekeying.renamed(entry["actor"]),
                "about": rekeying.renamed(entry["about"]),
            }
            rekeying.counts["audit_entries"] += 1


def rekey_versions(rekeying):
    """Who saved each version (CMFEditions), as the history shows it."""
    storage = api.portal.get_tool("portal_historiesstorage")
    shadow = storage._getShadowStorage(autoAdd=False)
    if shadow is None:
        return
    for history in shadow._storage.values():
        for version_id, data in list(history._full.items()):
            metadata = data.get("metadata") or {}
            sys_metadata = metadata.get("sys_metadata") or {}
            new = rekeying.new(sys_metadata.get("principal"))
            if new:
                history._full[version_id] = {
                    **data,
                    "metadata": {**metadata, "sys_metadata": {**sys_metadata, "principal": new}},
                }
                rekeying.counts["versions"] += 1
