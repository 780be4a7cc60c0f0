"""The worker directory (the guide's "répertoire des travailleur·euse·s"): active
workers as an active worker sees them, filtered by name, function, speciality,
complement, intergroup, house and postal code.

Never an email nor a GSM: each job shows its phone where the worker made it public,
else the house's general phone. A worker who objects (GDPR) is not listed to other
workers: the restricted catalog query leaves them out (``gdpr.indexers``).
"""

from fmm_extranet import _
from fmm_extranet import FEDERATION
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.services import form_values
from fmm_extranet.core.vocabularies import registry_terms
from fmm_extranet.core.vocabularies import term_label
from plone import api
import re
import unicodedata


WORD = re.compile(r"\w+")
POSTAL_PREFIX = re.compile(r"^\d{1,4}$")


def folded(text):
    """Lower case without accents nor the points of inclusive writing (assistant·e)."""
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[·.]", "", text)


class DirectoryQuery:
    """The filters of one request, checked: unknown tokens are refused (400)."""

    def __init__(self, form):
        errors = FieldErrors()
        self.words = [word + "*" for word in WORD.findall(self.text(form, "q", errors))]
        self.functions = self.tokens(form, "function", dict(registry_terms("functions")), errors)
        self.intergroups = self.tokens(form, "intergroup", dict(registry_terms("intergroups")), errors)
        complements = self.tokens(form, "complement", dict(registry_terms("function_complements")), errors)
        self.complement = complements[0] if complements else None
        self.speciality = folded(self.text(form, "speciality", errors))
        self.houses = [self.house(uid, errors) for uid in form_values(form, "medical_house")]
        self.postal_code = self.text(form, "postal_code", errors)
        if self.postal_code and not POSTAL_PREFIX.match(self.postal_code):
            errors.add("postal_code", _("A postal code, or its first digits, is expected."))
        errors.refuse_if_any()

    @staticmethod
    def text(form, name, errors):
        value = form.get(name) or ""
        if not isinstance(value, str):
            errors.add(name, _("One value is expected."))
            return ""
        return value.strip()

    @staticmethod
    def tokens(form, name, known, errors):
        given = form_values(form, name)
        unknown = [v for v in given if not isinstance(v, str) or v not in known]
        if unknown:
            mapping = {"filter": name, "values": ", ".join(map(str, unknown))}
            errors.add(name, _("Unknown ${filter}: ${values}", mapping=mapping))
        return given

    @staticmethod
    def house(uid, errors):
        if uid == FEDERATION:
            return uid
        search = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
        if not isinstance(uid, str) or not search(portal_type="MedicalHouse", UID=uid):
            errors.add("medical_house", _("Unknown medical house."))
        return uid

    def catalog_query(self):
        query = {"portal_type": "Worker", "review_state": "active", "sort_on": "sortable_title"}
        if self.words:
            query["Title"] = " AND ".join(self.words)
        if self.functions:
            query["fmm_functions"] = self.functions
        if self.intergroups:
            query["fmm_intergroup"] = self.intergroups
        if self.houses:
            query["fmm_workplaces"] = self.houses
        return query

    def checks_each_worker(self):
        return bool(self.speciality or self.complement or self.postal_code)

    def matches(self, worker):
        """The filters the catalog cannot answer: one job must satisfy them all."""
        return any(self.job_matches(worker, job) for job in worker.jobs())

    def job_matches(self, worker, job):
        if self.postal_code:
            house = job.workplace_object()
            if house is None or not (house.postal_code or "").startswith(self.postal_code):
                return False
        rows = job.functions or []
        if self.complement and not any(row.get("complement") == self.complement for row in rows):
            return False
        if self.speciality:
            specialities = [folded(row.get("speciality")) for row in rows] + [folded(worker.expertise)]
            return any(self.speciality in text for text in specialities)
        return True


def directory(form):
    """The brains of the workers the filters keep, by name (the current user's view)."""
    query = DirectoryQuery(form)
    brains = api.portal.get_tool("portal_catalog")(**query.catalog_query())
    if query.checks_each_worker():
        brains = [b for b in brains if query.matches(b.getObject())]
    return list(brains)


def facet_counts(brains):
    """How many of the workers found hold each function, work in each intergroup."""
    catalog = api.portal.get_tool("portal_catalog")._catalog
    counts = {}
    for name, index in (("function", "fmm_functions"), ("intergroup", "fmm_intergroup")):
        labels = dict(registry_terms("functions" if name == "function" else "intergroups"))
        found = {}
        for brain in brains:
            for token in catalog.getIndex(index).getEntryForObject(brain.getRID(), default=()) or ():
                found[token] = found.get(token, 0) + 1
        counts[name] = [
            {"token": token, "title": labels.get(token, token), "count": count}
            for token, count in sorted(found.items(), key=lambda item: (-item[1], labels.get(item[0], "")))
        ]
    return counts


def job_entry(job):
    house = job.workplace_object()
    rows = job.functions or []
    return {
        "workplace": {
            "title": f"{house.Title()} ({house.number})" if house is not None else job.workplace_title(),
            "@id": house.absolute_url() if house is not None else None,
        },
        "functions": [
            {
                "title": term_label("functions", row.get("function")),
                "complement": term_label("function_complements", row.get("complement"))
                if row.get("complement")
                else None,
                "speciality": row.get("speciality") or None,
            }
            for row in rows
        ],
        # a job's phone where the worker made it public, else the house's general phone
        "phone": (job.phone if job.phone_public and job.phone else None)
        or (house.phone if house is not None else None),
    }


def directory_entry(brain):
    worker = brain.getObject()
    return {
        "@id": worker.absolute_url(),
        "title": worker.Title(),
        "photo": f"{worker.absolute_url()}/@@images/photo/thumb" if worker.photo else None,
        "expertise": worker.expertise or None,
        "internship_supervisor": bool(worker.internship_supervisor),
        "jobs": [job_entry(job) for job in worker.jobs()],
    }
