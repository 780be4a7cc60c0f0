"""The agenda: activities by date, filters, iCal."""
