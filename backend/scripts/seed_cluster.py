"""Workers and activities for the cluster's tests and benchmark, created by a third
process on the same database while both Zope processes serve (RelStorage: no
single-process lock):

    zconsole run CONF backend/scripts/seed_cluster.py RUN WORKERS ACTIVITIES PLACES DAYS

WORKERS active workers (password: the demo's) and ACTIVITIES activities starting in DAYS
days with PLACES places each and a waiting list; prints them as JSON (``emails``,
``activities`` paths, ``password``). ``RUN`` makes names unique.
"""

from datetime import datetime
from datetime import timedelta
from fmm_extranet.demo import create
from fmm_extranet.demo import DEMO_PASSWORD
from fmm_extranet.people.workers import create_worker
from fmm_extranet.people.workers import functions
from plone import api
from plone.app.event.base import default_timezone
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
import json
import sys
import transaction


#: Workers created per transaction.
COMMIT_EVERY = 50


def main(app, run, workers, activities, places, days):
    portal = makerequest(app)["Plone"]
    setSite(portal)
    with api.env.adopt_user(username="admin"):
        house = portal["maisons-medicales"].objectValues()[0]
        emails = []
        for index in range(workers):
            email = f"cluster.{run}.{index}@example.org"
            create_worker(
                portal["travailleurs"],
                f"cluster-{run}-{index}",
                email,
                "Grappe",
                f"{run} {index}",
                jobs=[(house.UID(), functions("infirmier"))],
                password=DEMO_PASSWORD,
            )
            emails.append(email)
            if index % COMMIT_EVERY == COMMIT_EVERY - 1:
                transaction.commit()
        start = datetime.now(default_timezone(portal, as_tzinfo=True)) + timedelta(days=days)
        paths = []
        for index in range(activities):
            activity = create(
                portal["agenda"],
                "Activity",
                f"Atelier de la grappe {run} {index}",
                start=start,
                end=start + timedelta(hours=2),
                registration_enabled=True,
                capacity=places,
                waiting_list=True,
            )
            paths.append(activity.absolute_url(relative=True))
        transaction.commit()
    print(json.dumps({"activities": paths, "emails": emails, "password": DEMO_PASSWORD}))


main(app, sys.argv[4], *(int(arg) for arg in sys.argv[5:9]))  # noqa: F821 (zconsole provides app)
