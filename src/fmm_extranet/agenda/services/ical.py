"""@ical: one activity as an iCalendar file (plone.app.event's export)."""

from fmm_extranet.core.services import JsonService
from plone.event.interfaces import IICalendar


def ical_response(request, calendar, filename):
    """Send an ``icalendar.Calendar`` as a ``text/calendar`` download."""
    body = calendar.to_ical()
    response = request.response
    response.setHeader("Content-Type", "text/calendar; charset=utf-8")
    response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
    return body


class ActivityICalGet(JsonService):
    def render(self):
        self.route(())
        self.check_permission()
        calendar = IICalendar(self.context)
        return ical_response(self.request, calendar, f"{self.context.getId()}.ics")
