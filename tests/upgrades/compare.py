"""What a profile leaves in a site, as plain data, and a readable diff of two sites.

Each ``*_state`` function returns JSON-able data for one area of the configuration;
``site_state`` gathers them; ``differences`` gives, per area that differs, a unified
diff of the two sites' data (a fresh install on the ``-`` side, the upgraded site on
the ``+`` side).
"""

from AccessControl.Permission import Permission
from plone.browserlayer.interfaces import ILocalBrowserLayerType
from plone.registry.interfaces import IRegistry
from zope.component import getSiteManager
from zope.component import getUtility
import difflib
import json


def plain(value):
    """Tuples, sets, persistent lists and mappings as JSON-able data; the rest as repr."""
    if isinstance(value, dict) or hasattr(value, "items") and callable(value.items):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)) or type(value).__name__ == "PersistentList":
        return [plain(item) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted(plain(item) for item in value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    text = getattr(value, "text", None)  # an Expression
    if isinstance(text, str):
        return text
    return repr(value)


def roles(setting):
    """A permission's roles: a tuple means 'not acquired', a list 'acquired'."""
    if setting is None:
        return {"roles": [], "acquire": True}
    return {"roles": sorted(setting), "acquire": isinstance(setting, list)}


def types_state(portal):
    """Every FTI: its properties (klass, schema, behaviors, allowed types, add
    permission...), its actions and its method aliases."""
    state = {}
    for fti in portal.portal_types.objectValues():
        state[fti.getId()] = {
            "meta_type": fti.meta_type,
            "properties": {key: plain(value) for key, value in fti.propertyItems()},
            "actions": [plain(action.getMapping()) for action in fti.listActions()],
            "aliases": plain(fti.getMethodAliases()),
        }
    return state


def workflows_state(portal):
    """Every workflow (states, transitions, variables, managed permissions) and the
    chain of every type."""
    wftool = portal.portal_workflow
    workflows = {}
    for workflow in wftool.objectValues():
        entry = {"meta_type": workflow.meta_type, "title": workflow.title}
        if getattr(workflow, "states", None) is not None:
            entry.update(
                {
                    "initial_state": workflow.initial_state,
                    "state_var": workflow.state_var,
                    "permissions": sorted(workflow.permissions),
                    "states": {
                        state.getId(): {
                            "title": state.title,
                            "description": state.description,
                            "transitions": sorted(state.transitions),
                            "permissions": {
                                permission: roles(setting)
                                for permission, setting in (state.permission_roles or {}).items()
                            },
                            "group_roles": plain(state.group_roles or {}),
                            "variables": plain(state.var_values or {}),
                        }
                        for state in workflow.states.objectValues()
                    },
                    "transitions": {
                        transition.getId(): {
                            "title": transition.title,
                            "new_state": transition.new_state_id,
                            "trigger": transition.trigger_type,
                            "action": [
                                transition.actbox_name,
                                transition.actbox_url,
                                transition.actbox_category,
                            ],
                            "guard": transition.getGuardSummary(),
                            "variables": plain(transition.var_exprs or {}),
                            "scripts": [transition.script_name, transition.after_script_name],
                        }
                        for transition in workflow.transitions.objectValues()
                    },
                    "variables": {
                        variable.getId(): {
                            "default": [variable.default_value, variable.getDefaultExprText()],
                            "for_catalog": variable.for_catalog,
                            "for_status": variable.for_status,
                            "update_always": variable.update_always,
                        }
                        for variable in workflow.variables.objectValues()
                    },
                    "worklists": sorted(workflow.worklists.objectIds()),
                }
            )
        workflows[workflow.getId()] = entry
    chains = {"(Default)": list(wftool.getDefaultChain())}
    for type_id in portal.portal_types.objectIds():
        chains[type_id] = list(wftool.getChainForPortalType(type_id))
    return {"workflows": workflows, "chains": chains}


def rolemap_state(portal):
    """The roles of the site root, and each permission's roles there."""
    permissions = {}
    for name, _methods, *_rest in portal.ac_inherited_permissions(1):
        permissions[name] = roles(Permission(name, (), portal).getRoles(default=None))
    return {"roles": sorted(portal.valid_roles()), "permissions": permissions}


def registry_state(portal):
    """Every registry record: its field type and value. Datetime values are install
    times (e.g. the theme's custom CSS timestamp): only their presence is compared."""
    registry = getUtility(IRegistry, context=portal)
    state = {}
    for name, record in registry.records.items():
        field = type(record.field).__name__
        value = "(a date and time)" if field == "Datetime" and record.value else plain(record.value)
        state[name] = {"field": field, "value": value}
    return state


def catalog_state(portal):
    """The catalog's indexes (type and indexed attributes) and metadata columns."""
    catalog = portal.portal_catalog
    indexes = {}
    for index in catalog.getIndexObjects():
        sources = index.getIndexSourceNames() if hasattr(index, "getIndexSourceNames") else []
        indexes[index.getId()] = {"meta_type": index.meta_type, "sources": list(sources)}
    return {"indexes": indexes, "columns": sorted(catalog.schema())}


def actions_state(portal):
    """portal_actions: each category's actions in menu order, with their properties."""

    def category(container):
        entries = []
        for item in container.objectValues():
            if item.meta_type == "CMF Action Category":
                entries.append({"category": item.getId(), "actions": category(item)})
            else:
                properties = {key: plain(value) for key, value in item.propertyItems()}
                entries.append({"id": item.getId(), "meta_type": item.meta_type, **properties})
        return entries

    return category(portal.portal_actions)


def controlpanel_state(portal):
    """The configlets of the site setup."""
    return {action.getId(): plain(action.getMapping()) for action in portal.portal_controlpanel.listActions()}


def browserlayers_state(portal):
    """The browser layers registered in the site."""
    manager = getSiteManager(portal)
    return sorted(
        f"{name}: {layer.__identifier__}" for name, layer in manager.getUtilitiesFor(ILocalBrowserLayerType)
    )


def profiles_state(portal, ignore=()):
    """The version of every profile applied to the site (dependencies included)."""
    setup = portal.portal_setup
    return {
        profile: ".".join(setup.getLastVersionForProfile(profile))
        for profile in sorted(setup._profile_upgrade_versions)
        if profile not in ignore
    }


AREAS = {
    "types": types_state,
    "workflows and chains": workflows_state,
    "rolemap (site root)": rolemap_state,
    "registry": registry_state,
    "catalog indexes and columns": catalog_state,
    "actions": actions_state,
    "control panel": controlpanel_state,
    "browser layers": browserlayers_state,
}


def site_state(portal):
    return {area: state(portal) for area, state in AREAS.items()}


def differences(fresh, upgraded, fresh_name="fresh install", upgraded_name="upgraded site"):
    """{area: unified diff} for each area where the two states differ."""
    found = {}
    for area in fresh.keys() | upgraded.keys():
        before = json.dumps(fresh.get(area), indent=1, sort_keys=True, ensure_ascii=False)
        after = json.dumps(upgraded.get(area), indent=1, sort_keys=True, ensure_ascii=False)
        if before != after:
            diff = difflib.unified_diff(
                before.splitlines(), after.splitlines(), fresh_name, upgraded_name, n=4, lineterm=""
            )
            found[area] = "\n".join(diff)
    return found
