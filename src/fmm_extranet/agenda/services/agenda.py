"""@agenda and @agenda/ical: the agenda of the portal or of a group space."""

from fmm_extranet.agenda.query import AgendaLines
from fmm_extranet.agenda.query import AgendaQuery
from fmm_extranet.agenda.services.ical import ical_response
from fmm_extranet.core.services import JsonService
from plone.app.event.ical.exporter import construct_icalendar


class AgendaGet(JsonService):
    """Occurrences between ``start`` and ``end`` (``lines=short``: the month grid's
    lines); ``/ical`` exports the activities."""

    def render(self):
        if self.route((), ("ical",)) == 0:
            return super().render()
        self.check_permission()
        activities = AgendaQuery(self.context, self.request).activities()
        calendar = construct_icalendar(self.context, activities)
        return ical_response(self.request, calendar, "agenda.ics")

    def reply(self):
        query = AgendaQuery(self.context, self.request)
        lines = AgendaLines(query.objects)
        line = lines.short if query.short_lines else lines.full
        items = [line(*occurrence) for occurrence in query.occurrences()]
        return {
            "@id": f"{self.context.absolute_url()}/@agenda",
            "start": query.start.isoformat(),
            "end": query.end.isoformat(),
            "items_total": len(items),
            "items": items,
        }
