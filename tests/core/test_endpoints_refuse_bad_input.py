"""Every custom endpoint refuses malformed input in the one error shape, changing nothing.

The endpoints are read from the component registry: every ``plone:service`` whose
factory comes from ``fmm_extranet``; a new endpoint is walked without editing this
file. Each is called by a site administrator (no permission stops the call early):

- writes (POST, PUT, PATCH, DELETE): a ``text/plain`` body (415), a JSON that is not
  an object (400), an unknown sub-path (404); the database is not changed;
- reads (GET): an unknown sub-path (404) and bad query values (``start=31/02/2026``,
  ``b_size=abc``…): never a 5xx, and any refusal in the one shape.

The one shape: ``{"type", "message", "errors": [{"field", "message"}]}``, every message
one of our French translations, no traceback.
"""

from fmm_extranet.testing import SITE_ADMIN
from pathlib import Path
from plone import api
from xml.etree import ElementTree
from zope.component import getGlobalSiteManager
from zope.dottedname.resolve import resolve
from zope.interface import Interface
import fmm_extranet
import pytest
import re
import transaction


WRITES = ("POST", "PUT", "PATCH", "DELETE")
BAD_QUERIES = (
    {"start": "31/02/2026"},
    {"end": "pas une date"},
    {"start": "99999-01-01"},
    {"b_start": "-1"},
    {"b_size": "abc"},
    {"b_size": "0"},
    {"scope": "nope"},
    {"dequap": "nope"},
    {"group": "nope"},
    {"SearchableText": ["a", "b"]},
    {"activity_type": "nope"},
)
PACKAGE = Path(fmm_extranet.__file__).parent
PO = PACKAGE / "locales" / "fr" / "LC_MESSAGES" / "fmm_extranet.po"
PLONE_NS = "http://namespaces.plone.org/plone"


def zcml_services():
    """(method, name, dotted name of the interface it is for) of every ``plone:service``
    in our ZCML files, read at collection time (the registry is not loaded yet)."""
    found = set()
    for path in PACKAGE.rglob("*.zcml"):
        for element in ElementTree.parse(path).iter(f"{{{PLONE_NS}}}service"):
            for_ = element.get("for")
            if for_.startswith("."):
                for_ = ".".join(("fmm_extranet", *path.parent.relative_to(PACKAGE).parts)) + for_
            found.add((element.get("method").upper(), element.get("name") or "", for_))
    return sorted(found)


def registered_services():
    """The same, from the component registry: each service of ours plone.rest registered."""
    found = set()
    registries, seen = [getGlobalSiteManager()], set()
    while registries:  # the test layers stack registries: read their bases too
        registry = registries.pop()
        if id(registry) in seen:
            continue
        seen.add(id(registry))
        registries.extend(registry.__bases__)
        found |= services_of(registry)
    return found


def services_of(registry):
    found = set()
    for registration in registry.registeredAdapters():
        factory = registration.factory
        method = getattr(factory, "method", None)
        if method is None or not registration.name.startswith(f"{method}_"):
            continue
        if not any(base.__module__.startswith("fmm_extranet.") for base in factory.__mro__):
            continue
        # "GET_application_json_@documents"; "GET_application_json_" for a content GET
        name = registration.name[registration.name.index("@") :] if "@" in registration.name else ""
        found.add((method, name, registration.required[0]))
    return found


def french_patterns():
    """A pattern per French message of the add-on (``${x}`` matches anything)."""
    text = PO.read_text()
    strings = re.findall(r'msgstr ((?:"(?:[^"\\]|\\.)*"\s*)+)', text)
    patterns = []
    for string in strings:
        value = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', string)).replace('\\"', '"')
        if value:
            parts = re.split(r"\$\{\w+\}", value)
            patterns.append(re.compile(".*".join(re.escape(p) for p in parts) + r"\Z", re.S))
    return patterns


FRENCH = french_patterns()


def is_french(message):
    return isinstance(message, str) and any(p.match(message) for p in FRENCH)


def assert_one_shape(response, statuses=None, french=is_french):
    where = f"{response.request.method} {response.request.url}"
    assert response.status_code < 500, (where, response.status_code, response.text)
    if statuses is not None:
        assert response.status_code in statuses, (where, response.status_code, response.text)
    if response.status_code < 400:
        return
    body = response.json()
    assert "traceback" not in body and "Traceback" not in response.text, (where, body)
    assert set(body) >= {"type", "message", "errors"}, (where, body)
    assert french(body["message"]), (where, body)
    assert isinstance(body["errors"], list), (where, body)
    for error in body["errors"]:
        assert set(error) == {"field", "message"}, (where, error)
        assert french(error["message"]), (where, error)


#: What the test world lacks for the walk: interface → (folder, type) to make one in.
MADE_FOR_THE_WALK = {
    "fmm_extranet.catalogue.content.IFormation": ("formations", "Formation"),
    "fmm_extranet.newsletter.content.INewsletter": ("lettre-electronique", "Newsletter"),
}


def interface_of(dotted):
    """The interface a service is registered for (``*``: any object)."""
    return Interface if dotted == "*" else resolve(dotted)


def context_path(portal, dotted):
    """The path of an object providing the interface ``dotted`` ("" for the site)."""
    interface = interface_of(dotted)
    if interface.providedBy(portal):
        return ""
    search = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
    query = {"object_provides": interface.__identifier__, "sort_on": "path"}
    if not search(**query) and dotted in MADE_FOR_THE_WALK:
        folder, portal_type = MADE_FOR_THE_WALK[dotted]
        with api.env.adopt_roles(["Manager"]):
            api.content.create(container=portal[folder], type=portal_type, title="Parcours des services")
        transaction.commit()
    brains = search(**query)
    assert brains, f"no {interface.__identifier__} in the test world"
    site = "/".join(portal.getPhysicalPath())
    return brains[0].getPath()[len(site) + 1 :]


def last_transaction(portal):
    portal._p_jar.sync()
    return portal._p_jar.db().lastTransaction()


SERVICES = zcml_services()


def test_every_custom_endpoint_is_walked(world_portal):
    """The ZCML files and the registry agree: the walker sees every endpoint of ours."""
    assert registered_services() == {(m, n, interface_of(f)) for m, n, f in SERVICES}
    names = {(method, name) for method, name, _for in SERVICES}
    assert {("GET", "@documents"), ("POST", "@team"), ("PATCH", "@my-profile")} <= names
    assert ("GET", "@search") in names and ("POST", "@workflow") not in names
    assert len(names) >= 35


@pytest.mark.parametrize("method,name,for_", SERVICES, ids=[f"{m} {n} {f}" for m, n, f in SERVICES])
def test_malformed_input_gets_the_one_error_shape(world_portal, as_user, method, name, for_):
    admin = as_user(SITE_ADMIN)
    url = "/".join(p for p in (context_path(world_portal, for_), name) if p)
    if method in WRITES:
        before = last_transaction(world_portal)
        call = getattr(admin, method.lower())
        form = call(url, data='{"a": 1}', headers={"Content-Type": "text/plain"})
        assert_one_shape(form, {415})
        assert form.json()["type"] == "UnsupportedMediaType"
        for bad in ("{pas du JSON", "[1, 2]", '"texte"', "null"):
            assert_one_shape(call(url, data=bad, headers={"Content-Type": "application/json"}), {400})
        assert_one_shape(call(f"{url}/pas/de/chemin", json={}), {404})
        assert last_transaction(world_portal) == before, f"{method} {name} changed the database"
        return
    assert_one_shape(admin.get(f"{url}/pas/de/chemin"), {404})
    if not name:
        return  # a content GET (a group's page): plone.restapi's own query parameters
    for query in BAD_QUERIES:
        assert_one_shape(admin.get(url, params=query))
    assert_one_shape(admin.get(url, params={"start": "31/02/2026", "b_size": "abc"}))
