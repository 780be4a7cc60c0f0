"""The classic UI's state menu decides requests as the REST services do.

A transition chosen in the state menu (or by any workflow call) changes the
state first; the Worker's ``status`` is the source of truth, so it follows here,
with the same effects as ``@account-requests``: approving a request mails the
activation link, rejecting it mails the reason (the transition's comment).
"""

from fmm_extranet.accounts.requests import approve
from fmm_extranet.accounts.requests import is_request
from fmm_extranet.accounts.requests import reject
from fmm_extranet.accounts.workers import set_status


def status_follows_transition(worker, event):
    new_status = event.new_state.getId()
    if event.transition is None or new_status == worker.status:
        return  # created, or the transition was made for a status change
    if is_request(worker) and new_status == "active":
        approve(worker)
    elif is_request(worker) and new_status == "rejected":
        reject(worker, (event.status or {}).get("comments"))
    else:
        set_status(worker, new_status)
