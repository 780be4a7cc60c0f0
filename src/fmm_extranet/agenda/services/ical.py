"""@ical: one activity as an iCalendar file (plone.app.event's export)."""

from plone.event.interfaces import IICalendar
from plone.restapi.services import Service


def ical_response(request, calendar, filename):
    """Send an ``icalendar.Calendar`` as a ``text/calendar`` download."""
    body = calendar.to_ical()
    response = request.response
    response.setHeader("Content-Type", "text/calendar; charset=utf-8")
    response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
    return body


class ActivityICalGet(Service):
    def render(self):
        self.check_permission()
        calendar = IICalendar(self.context)
        return ical_response(self.request, calendar, f"{self.context.getId()}.ics")
