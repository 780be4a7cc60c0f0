"""What a listing shows of an activity, or of one occurrence of a recurring one: the
group pages' line, which the agenda's extends. Made from the activity's catalog brain
(Plone's columns and ``fmm_activity_facts``), the activity itself left unloaded."""

from fmm_extranet.core.utils import brain_line


def activity_dates(facts, start, end):
    """When it takes place: ``start``–``end`` (its own dates, or an occurrence's)."""
    return {"start": start.isoformat(), "end": end.isoformat(), "whole_day": facts["whole_day"]}


def activity_line(brain, start, end):
    """An activity on a listing, dated ``start``–``end``."""
    facts = brain.fmm_activity_facts
    return {
        **brain_line(brain),
        **activity_dates(facts, start, end),
        "location": brain.location or None,  # Missing when it has none
        "recurring": facts["recurring"],
    }
