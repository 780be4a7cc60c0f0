"""What the cluster's tests need, created by a third process on the same database
while both Zope processes serve (RelStorage: no single-process lock):

    zconsole run CONF tests/cluster/seed.py RUN

40 active workers (password: the demo's) and an activity starting tomorrow with
10 places and a waiting list; prints them as JSON.
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


WORKERS = 40
PLACES = 10


def main(app, run):
    portal = makerequest(app)["Plone"]
    setSite(portal)
    with api.env.adopt_user(username="admin"):
        house = portal["maisons-medicales"].objectValues()[0]
        emails = []
        for index in range(WORKERS):
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
        start = datetime.now(default_timezone(portal, as_tzinfo=True)) + timedelta(days=1)
        activity = create(
            portal["agenda"],
            "Activity",
            f"Atelier de la grappe {run}",
            start=start,
            end=start + timedelta(hours=2),
            registration_enabled=True,
            capacity=PLACES,
            waiting_list=True,
        )
        transaction.commit()
    path = activity.absolute_url(relative=True)
    print(json.dumps({"activity": path, "emails": emails, "password": DEMO_PASSWORD}))


main(app, sys.argv[4])  # noqa: F821 (zconsole provides app)
