"""What a transition of a Worker means for the account, however it was made.

The status is the workflow state: the services (``set_status``), ``@workflow`` and
the classic state menu all make a transition, and its effects follow here.
"""

from datetime import date
from fmm_extranet.accounts.requests import request_decided


def transition_made(worker, event):
    if event.transition is None:
        return  # the profile was created
    if event.new_state.getId() == "left" and not worker.left_date:
        worker.left_date = date.today()
    request_decided(worker, event)
