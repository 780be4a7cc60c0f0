"""The worker directory (the guide's "répertoire des travailleur·euse·s"): active
workers as an active worker sees them, filtered by name, function, speciality,
complement, intergroup, house and postal code.

Never an email nor a GSM: each job shows its phone where the worker made it public,
else the house's general phone. A worker who objects (GDPR) is not listed to other
workers: the restricted catalog query leaves them out (``gdpr.indexers``).
"""

from BTrees.IIBTree import IITreeSet
from BTrees.IIBTree import intersection
from fmm_extranet import _
from fmm_extranet import FEDERATION
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.services import form_values
from fmm_extranet.core.vocabularies import registry_terms
from fmm_extranet.core.vocabularies import term_label
from operator import itemgetter
from plone import api
from ZTUtils.Lazy import LazyMap
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


#: An unmerged catalog record: (sort key, record id, the function making its brain).
SORT_KEY, RID, BRAIN = 0, 1, 2


def directory(form):
    """The workers the filters keep, by name (the current user's view), and their record ids.

    The workers are a lazy sequence: a page of it is all that is ever loaded. The
    catalog answers unmerged (its sort keys and record ids, no brain made) so that the
    facets count record ids; only the filters the catalog cannot answer load workers.
    """
    query = DirectoryQuery(form)
    catalog = api.portal.get_tool("portal_catalog")
    records = sorted(catalog.searchResults(query.catalog_query(), _merge=False), key=itemgetter(SORT_KEY))
    if query.checks_each_worker():
        records = [r for r in records if query.matches(r[BRAIN](r[RID]).getObject())]
    return LazyMap(lambda record: record[BRAIN](record[RID]), records), IITreeSet(r[RID] for r in records)


def facet_counts(record_ids):
    """How many of the workers found hold each function, work in each intergroup."""
    catalog = api.portal.get_tool("portal_catalog")._catalog
    counts = {}
    for name, index_id, vocabulary in (
        ("function", "fmm_functions", "functions"),
        ("intergroup", "fmm_intergroup", "intergroups"),
    ):
        index = catalog.getIndex(index_id)
        found = []
        for token, label in registry_terms(vocabulary):
            matched = index._apply_index({index_id: token}, resultset=record_ids)
            count = len(intersection(matched[0], record_ids)) if matched else 0  # resultset: a mere hint
            if count:
                found.append({"token": token, "title": label, "count": count})
        counts[name] = sorted(found, key=lambda entry: (-entry["count"], entry["title"]))
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
