"""The medical-house directory and the map's houses (``@medical-houses``): filtered by
name, intergroup, postal code, municipality, payment mode, openness to registrations,
disciplines present, a registration zone covering a postal code, and the distance to a
house (``near`` + ``radius_km``, sorted by distance then).

Each house as a worker sees it: "Name (number)", address, general phone, intergroup,
payment mode, openness, disciplines (derived from the active workers' jobs or declared
by its managers), location and registration zone. Never an email.
"""

from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import form_values
from fmm_extranet.core.vocabularies import PaymentModesVocabulary
from fmm_extranet.core.vocabularies import registry_terms
from fmm_extranet.medical_houses.disciplines import declared_disciplines
from fmm_extranet.medical_houses.disciplines import derived_disciplines
from fmm_extranet.people.directory import DirectoryQuery
from fmm_extranet.people.directory import folded
from fmm_extranet.people.directory import POSTAL_PREFIX
from fmm_extranet.people.directory import WORD
from fmm_extranet.people.workers import worker_of
from plone import api
import math
import re


POSTAL_CODE = re.compile(r"^[1-9]\d{3}$")
BOOLEANS = {"true": True, "false": False}
MAX_RADIUS_KM = 300
EARTH_RADIUS_KM = 6371.0


def payment_modes():
    """Token → translated label of the payment modes."""
    return {term.token: translated(term.title) for term in PaymentModesVocabulary()}


def distance_km(here, there):
    """Great-circle distance between two ``{"latitude", "longitude"}``."""
    lat1, lon1, lat2, lon2 = map(
        math.radians, (here["latitude"], here["longitude"], there["latitude"], there["longitude"])
    )
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def located(house):
    where = house.geolocation or {}
    return isinstance(where.get("latitude"), (int, float)) and isinstance(
        where.get("longitude"), (int, float)
    )


class HouseQuery:
    """The filters of one request, checked: unknown tokens and bad values → 400."""

    def __init__(self, form):
        errors = FieldErrors()
        text = DirectoryQuery.text
        self.words = [folded(word) for word in WORD.findall(text(form, "q", errors))]
        self.intergroups = DirectoryQuery.tokens(
            form, "intergroup", dict(registry_terms("intergroups")), errors
        )
        self.payment_modes = DirectoryQuery.tokens(form, "payment_mode", payment_modes(), errors)
        self.disciplines = DirectoryQuery.tokens(
            form, "discipline", dict(registry_terms("functions")), errors
        )
        self.municipality = folded(text(form, "municipality", errors))
        self.postal_code = text(form, "postal_code", errors)
        if self.postal_code and not POSTAL_PREFIX.match(self.postal_code):
            errors.add("postal_code", _("A postal code, or its first digits, is expected."))
        self.covers = text(form, "covers", errors)
        if self.covers and not POSTAL_CODE.match(self.covers):
            errors.add("covers", _("A Belgian postal code has four digits."))
        self.open = self.boolean(form, "open_to_registrations", errors)
        self.origin = self.near(form, errors)
        self.radius = self.radius_km(form, errors)
        errors.refuse_if_any()

    @staticmethod
    def boolean(form, name, errors):
        value = DirectoryQuery.text(form, name, errors)
        if value and value not in BOOLEANS:
            errors.add(name, _("Yes (true) or no (false) is expected."))
        return BOOLEANS.get(value)

    @staticmethod
    def near(form, errors):
        """The location of the house ``near`` names (the current user's view)."""
        uid = DirectoryQuery.text(form, "near", errors)
        if not uid:
            return None
        brains = api.portal.get_tool("portal_catalog")(portal_type="MedicalHouse", UID=uid)
        if not brains:
            errors.add("near", _("Unknown medical house."))
            return None
        house = brains[0].getObject()
        if not located(house):
            errors.add("near", _("This medical house has no location."))
            return None
        return house.geolocation

    def radius_km(self, form, errors):
        value = DirectoryQuery.text(form, "radius_km", errors)
        if not value:
            return None
        try:
            radius = float(value)
        except ValueError:
            radius = None
        if radius is None or not 0 < radius <= MAX_RADIUS_KM:
            mapping = {"most": MAX_RADIUS_KM}
            errors.add(
                "radius_km",
                _("A distance in kilometres, above 0 and up to ${most}, is expected.", mapping=mapping),
            )
        elif not form_values(form, "near"):
            errors.add("radius_km", _("Choose the medical house to measure the distance from."))
        return radius

    def catalog_query(self):
        query = {"portal_type": "MedicalHouse", "sort_on": "sortable_title"}
        if self.intergroups:
            query["fmm_intergroup"] = self.intergroups
        return query

    def matches(self, item):
        """The filters the catalog does not answer."""
        house = item.house
        if self.words:
            name = folded(f"{house.Title()} {house.number}")
            if not all(word in name for word in self.words):
                return False
        if self.payment_modes and house.payment_mode not in self.payment_modes:
            return False
        if self.postal_code and not (house.postal_code or "").startswith(self.postal_code):
            return False
        if self.municipality and self.municipality not in folded(house.municipality):
            return False
        if self.covers and self.covers not in (house.zone_postal_codes or []):
            return False
        if self.open is not None and bool(house.open_to_registrations) != self.open:
            return False
        return not self.disciplines or bool(item.disciplines.intersection(self.disciplines))

    def distance(self, house):
        return distance_km(self.origin, house.geolocation) if located(house) else None


class FoundHouse:
    """A house with the disciplines present there (derived or declared), those its
    managers declared, and its distance to ``near`` (or None)."""

    def __init__(self, house):
        self.house = house
        self.declared = set(declared_disciplines(house))
        self.disciplines = self.declared | set(derived_disciplines(house))
        self.distance = None


def objects_of(brains):
    """The objects of catalog brains the current user found (so may view), taken from
    their folder: no traversal nor security check per object."""
    portal = api.portal.get()
    folders = {}
    for brain in brains:
        folder_path, _sep, name = brain.getPath().rpartition("/")
        if folder_path not in folders:
            folders[folder_path] = portal.unrestrictedTraverse(folder_path)
        yield folders[folder_path]._getOb(name)


def find_houses(form):
    """The houses the filters keep: by distance with ``near``, else by name."""
    query = HouseQuery(form)
    brains = api.portal.get_tool("portal_catalog")(**query.catalog_query())
    found = []
    for house in objects_of(brains):
        item = FoundHouse(house)
        if not query.matches(item):
            continue
        item.distance = query.distance(house) if query.origin else None
        if query.radius is not None and (item.distance is None or item.distance > query.radius):
            continue
        found.append(item)
    if query.origin:
        found.sort(key=lambda item: (item.distance is None, item.distance or 0))
    return found


class HouseSummaries:
    """What the directory and the map show of the houses found: each house (never its
    email) and the counts per intergroup, payment mode and discipline; the labels are
    read once per request."""

    def __init__(self):
        self.labels = {
            "intergroup": dict(registry_terms("intergroups")),
            "payment_mode": payment_modes(),
            "discipline": dict(registry_terms("functions")),
        }

    def term(self, name, token):
        return {"token": token, "title": self.labels[name].get(token, token)}

    def disciplines(self, item):
        """The disciplines present, those known only from the accounts said so."""
        entries = [
            {**self.term("discipline", token), "from_accounts": token not in item.declared}
            for token in item.disciplines
        ]
        return sorted(entries, key=lambda entry: entry["title"])

    def __call__(self, item):
        house = item.house
        entry = {
            "@id": house.absolute_url(),
            "UID": house.UID(),
            "title": f"{house.Title()} ({house.number})",
            "street": house.street,
            "postal_code": house.postal_code,
            "municipality": house.municipality,
            "phone": house.phone or None,
            "website": house.website or None,
            "intergroup": self.term("intergroup", house.intergroup),
            "payment_mode": self.term("payment_mode", house.payment_mode),
            "open_to_registrations": bool(house.open_to_registrations),
            "disciplines": self.disciplines(item),
            "geolocation": house.geolocation if located(house) else None,
            "zone": house.zone or None,
            "zone_postal_codes": list(house.zone_postal_codes or []),
        }
        if item.distance is not None:
            entry["distance_km"] = round(item.distance, 1)
        return entry

    def facets(self, found):
        """How many of the houses found are in each intergroup, have each payment mode,
        each discipline, are open to registrations."""
        counts = {name: {} for name in self.labels}
        for item in found:
            house = item.house
            tokens = {
                "intergroup": [house.intergroup] if house.intergroup else [],
                "payment_mode": [house.payment_mode] if house.payment_mode else [],
                "discipline": item.disciplines,
            }
            for name, values in tokens.items():
                for token in values:
                    counts[name][token] = counts[name].get(token, 0) + 1
        facets = {
            name: sorted(
                ({**self.term(name, token), "count": count} for token, count in found_counts.items()),
                key=lambda facet: (-facet["count"], facet["title"]),
            )
            for name, found_counts in counts.items()
        }
        facets["open_to_registrations"] = sum(1 for item in found if item.house.open_to_registrations)
        return facets


def my_houses():
    """The houses the current user works in ("around my house"): UID and title."""
    worker = worker_of(api.user.get_current().getId())
    houses = [job.workplace_object() for job in worker.jobs()] if worker is not None else []
    unique = {house.UID(): house for house in houses if house is not None}
    return [{"UID": uid, "title": f"{house.Title()} ({house.number})"} for uid, house in unique.items()]
