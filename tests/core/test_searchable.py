"""A full-text search finds the extranet's own types by the words of their body."""

from plone import api
from plone.app.textfield.value import RichTextValue
import pytest
import transaction


#: Fields given as HTML: stored as rich text.
RICH = {"text", "objectives"}


def rich(text):
    html = f"<p>Il y est question de <strong>{text}</strong>.</p>"
    return RichTextValue(html, "text/html", "text/x-html-safe")


#: (container, type, fields): each body field holds the word the search looks for.
ITEMS = {
    "carillonnage": ("agenda", "Activity", {"activity_type": "movement", "text": "carillonnage"}),
    "bouquinerie": (
        "maisons-medicales/mm-marolles",
        "Announcement",
        {"announcement_type": "job_offer", "text": "bouquinerie"},
    ),
    "sylviculture": ("thematiques/sante-environnement", "SynthesisPage", {"text": "sylviculture"}),
    "ornithologue": (
        "formations",
        "Formation",
        {"dequap_category": "travail_equipe", "objectives": "ornithologue"},
    ),
    "cartographes": (
        "formations",
        "Formation",
        {"dequap_category": "travail_equipe", "audience": "Les cartographes du mouvement"},
    ),
}


@pytest.fixture
def bodies(world_portal):
    with api.env.adopt_roles(["Manager"]):
        for word, (path, portal_type, fields) in ITEMS.items():
            api.content.create(
                container=world_portal.unrestrictedTraverse(path),
                type=portal_type,
                id=f"corps-{word}",
                title=f"Un {portal_type} sans le mot",
                **{name: rich(value) if name in RICH else value for name, value in fields.items()},
            )
    transaction.commit()


@pytest.mark.parametrize("word", ITEMS)
def test_the_body_of_each_type_is_searchable(as_user, bodies, word):
    response = as_user("fede_staff").get("@search", params={"SearchableText": word})
    assert response.status_code == 200, response.text
    assert [item["@id"].rsplit("/", 1)[-1] for item in response.json()["items"]] == [f"corps-{word}"]
