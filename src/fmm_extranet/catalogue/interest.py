"""Workers interested in a formation that has no session yet ("je suis intéressé·e").

Kept per formation in an annotation: who said so and when, and which sessions they
were already told about (each session is announced once).
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from datetime import UTC
from persistent import Persistent
from zope.annotation.interfaces import IAnnotations


ANNOTATION_KEY = "fmm_extranet.formation_interest"


class FormationInterest(Persistent):
    def __init__(self):
        self.people = OOBTree()  # user id → when they said so
        self.announced = OOBTree()  # session UID → when the interested were told


def interest_of(formation, create=False):
    annotations = IAnnotations(formation)
    interest = annotations.get(ANNOTATION_KEY)
    if interest is None and create:
        interest = annotations[ANNOTATION_KEY] = FormationInterest()
    return interest


def interested(formation):
    """``[(user id, since)]``, oldest first."""
    interest = interest_of(formation)
    return sorted(interest.people.items(), key=lambda item: item[1]) if interest is not None else []


def is_interested(formation, user_id):
    interest = interest_of(formation)
    return interest is not None and user_id in interest.people


def set_interest(formation, user_id, value):
    """Say (or take back) that ``user_id`` is interested; nothing written when unchanged."""
    if value == is_interested(formation, user_id):
        return
    interest = interest_of(formation, create=True)
    if value:
        interest.people[user_id] = datetime.now(UTC)
    else:
        del interest.people[user_id]


def announce_once(formation, session_uid):
    """Whether the session is new to the interested people (then it is recorded)."""
    interest = interest_of(formation)
    if interest is None or session_uid in interest.announced:
        return False
    interest.announced[session_uid] = datetime.now(UTC)
    return True
