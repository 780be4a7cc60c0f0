"""The agenda's search: activities between two dates, filtered, recurrences expanded.

Shared by ``@agenda`` and ``@agenda/ical``. Filters combine (all must match); a
filter given several times matches any of its values. In a group space, the
agenda keeps the activities it organises or holds.
"""

from datetime import datetime
from datetime import time
from datetime import timedelta
from fmm_extranet import _
from fmm_extranet.activities.summary import activity_dates
from fmm_extranet.activities.summary import activity_line
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.errors import translated
from fmm_extranet.core.utils import address
from fmm_extranet.core.utils import BrainObjects
from fmm_extranet.core.utils import months_touched
from fmm_extranet.core.vocabularies import shown_brains
from fmm_extranet.core.vocabularies import term_label
from fmm_extranet.registrations import remaining_places
from fmm_extranet.spaces.behaviors import IGroupSpace
from operator import itemgetter
from plone import api
from plone.app.event.base import default_timezone
from plone.app.event.base import expand_events
from plone.app.event.base import RET_MODE_OBJECTS
from plone.event.interfaces import IEventAccessor
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory


DEFAULT_RANGE = timedelta(days=31)
MAX_RANGE = timedelta(days=366)

#: request key → (vocabulary, attribute of the activity, label of the filter)
FILTERS = {
    "activity_type": ("fmm_extranet.ActivityTypes", "activity_type", _("activity type")),
    "organiser": ("fmm_extranet.GroupSpaces", "organiser", _("organiser group")),
    "sector": ("fmm_extranet.Functions", "sectors", _("sector")),
    "theme": ("fmm_extranet.Thematics", "themes", _("theme")),
}


def as_list(value):
    if value in (None, ""):
        return []
    return [v for v in (value if isinstance(value, list) else [value]) if v]


class AgendaQuery:
    """Parse and check the request, then find the activities and their occurrences."""

    def __init__(self, context, request):
        self.context = context
        self.request = request
        form = request.form
        self.start, self.end = self.parse_range(form.get("start"), form.get("end"))
        self.words = self.parse_words(form.get("SearchableText") or "")
        self.filters = {key: self.checked_tokens(key, as_list(form.get(key))) for key in FILTERS}
        self.short_lines = self.parse_lines(form.get("lines", "full"))
        in_space = IGroupSpace.providedBy(context)
        self.space_path = "/".join(context.getPhysicalPath()) if in_space else None
        self.space_uid = context.UID() if in_space else None
        self.objects = BrainObjects()  # the activities loaded, shared with AgendaLines

    def refuse(self, message):
        raise Refusal(message)

    def parse_words(self, words):
        if not isinstance(words, str):
            self.refuse(_("Search for one text at a time."))
        return words.strip()

    def parse_lines(self, lines):
        """``short``: the month grid's lines; ``full`` (by default): every detail."""
        if lines not in ("short", "full"):
            self.refuse(_("Lines are short or full."))
        return lines == "short"

    def parse_date(self, value, end_of_day=False):
        """An ISO date (whole day) or a date and time, in the site's time unless it says."""
        try:
            parsed = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            self.refuse(
                _(
                    "Invalid date: ${value}. Write YYYY-MM-DD or YYYY-MM-DDTHH:MM.",
                    mapping={"value": value},
                )
            )
        if len(value) == 10 and end_of_day:
            parsed = datetime.combine(parsed.date(), time.max)
        if parsed.tzinfo is None:
            parsed = default_timezone(self.context, as_tzinfo=True).localize(parsed)
        return parsed

    def parse_range(self, start, end):
        if not start:
            start = datetime.now(default_timezone(self.context, as_tzinfo=True)).date().isoformat()
        start = self.parse_date(start)
        end = self.parse_date(end, end_of_day=True) if end else start + DEFAULT_RANGE
        if end < start:
            self.refuse(_("The end date comes before the start date."))
        if end - start > MAX_RANGE:
            self.refuse(_("The agenda covers at most one year at a time."))
        return start, end

    def checked_tokens(self, key, tokens):
        if not tokens:
            return set()
        vocabulary_name, _attribute, label = FILTERS[key]
        vocabulary = getUtility(IVocabularyFactory, vocabulary_name)(self.context)
        unknown = [token for token in tokens if token not in vocabulary.by_token]
        if unknown:
            self.refuse(
                _(
                    "Unknown ${filter}: ${values}",
                    mapping={
                        "filter": translated(label, self.request),
                        "values": ", ".join(unknown),
                    },
                )
            )
        return set(tokens)

    def found(self):
        """Catalog brains of the activities in the range that pass every filter (a
        recurring one has an occurrence in the range's months, maybe none in its days:
        iCal exports it whole)."""
        query = {"portal_type": "Activity", "fmm_agenda_months": months_touched(self.start, self.end)}
        if self.filters["activity_type"]:
            query["fmm_activity_type"] = sorted(self.filters["activity_type"])
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog(**query)
        if self.words:
            matching = self.matching_words()
            brains = [b for b in brains if b.UID in matching]
        return [brain for brain in brains if self.passes(brain)]

    def activities(self):
        """The activities in the range that pass every filter (the catalog answered what
        the user may see: no traversal checks again)."""
        return [self.objects(brain) for brain in self.found()]

    def matching_words(self):
        """UIDs of activities found by full text (Solr when active, else the catalog)."""
        catalog = api.portal.get_tool("portal_catalog")
        return {b.UID for b in catalog(portal_type="Activity", SearchableText=self.words)}

    def passes(self, brain):
        facts = brain.fmm_activity_facts
        if not (facts["recurring"] or self.in_range(brain.start, brain.end)):
            return False  # in the range's months, not in its days
        if not self.in_space(brain, facts["organiser"]):
            return False
        for key, (_vocabulary, attribute, _label) in FILTERS.items():
            wanted = self.filters[key]
            if not wanted:
                continue
            value = facts[attribute]
            values = set(value) if isinstance(value, list) else {value}
            if not wanted & values:
                return False
        return True

    def in_range(self, start, end):
        return end >= self.start and start <= self.end

    def in_space(self, brain, organiser):
        """In a group space: organised by it, or held inside it."""
        if self.space_path is None:
            return True
        return organiser == self.space_uid or (brain.getPath() + "/").startswith(self.space_path + "/")

    def occurrences(self):
        """(start, end, brain) of every occurrence in the range, by start.

        Only recurring activities are loaded, expanded and dated by their occurrences'
        accessors; the others are dated by the catalog's columns (their accessor's start
        and end, indexed).
        """
        found = []
        for brain in self.found():
            if not brain.fmm_activity_facts["recurring"]:
                found.append((brain.start, brain.end, brain))  # found() kept it in the range
                continue
            activity = self.objects(brain)
            for occurrence in expand_events([activity], RET_MODE_OBJECTS, self.start, self.end):
                accessor = IEventAccessor(occurrence)
                if self.in_range(accessor.start, accessor.end):
                    found.append((accessor.start, accessor.end, brain))
        return sorted(found, key=itemgetter(0))


class AgendaLines:
    """The agenda's lines, from the catalog: an activity's is loaded (by ``objects``, a
    ``BrainObjects``) only to count its free places; each organiser and type is looked
    up once per request."""

    def __init__(self, objects):
        self.objects = objects
        self.organisers = {}
        self.types = {}

    def short(self, start, end, brain):
        """What a day of the month's grid shows of an occurrence, and links to."""
        facts = brain.fmm_activity_facts
        return {
            "@id": address(brain),
            "title": brain.Title,
            **activity_dates(facts, start, end),
            "activity_type": self.activity_type(facts["activity_type"]),
            "session_cancelled": facts["session_cancelled"],
        }

    def full(self, start, end, brain):
        """An occurrence with everything the lists of days and the cards show."""
        facts = brain.fmm_activity_facts
        return {
            **activity_line(brain, start, end),
            "open_end": facts["open_end"],
            "activity_type": self.activity_type(facts["activity_type"]),
            "organiser": self.organiser(facts["organiser"]),
            "sectors": list(facts["sectors"]),
            "themes": list(facts["themes"]),
            "registration_enabled": facts["registration_enabled"],
            "session_cancelled": facts["session_cancelled"],
            "remaining_places": (
                remaining_places(self.objects(brain)) if facts["registration_enabled"] else None
            ),
        }

    def activity_type(self, token):
        if token not in self.types:
            self.types[token] = {"token": token, "title": term_label("activity_types", token)}
        return self.types[token]

    def organiser(self, uid):
        """A confidential organiser stays hidden from those who may not open it (SPEC rule 7)."""
        if uid not in self.organisers:
            space = shown_brains([uid]).get(uid)
            self.organisers[uid] = (
                {"@id": space.getURL(), "UID": space.UID, "title": space.Title} if space is not None else None
            )
        return self.organisers[uid]
