"""Helping people search, on a real Solr: tool files, suggestions, « Vouliez-vous dire »,
the own-groups boost and best bets — always within what the person may open."""

from fmm_extranet.publications import documents_query
from plone import api
from tests.core.test_searchable import bodies  # noqa: F401 (fixture)
from tests.core.test_searchable import ITEMS
from tests.search.test_search_solr import pdf_bytes
from tests.search.test_search_solr import search
from tests.search.test_search_solr import THEMATIC
from tests.search.test_search_solr import upload_pdf
from tests.search.test_search_solr import WG
import base64
import pytest
import transaction


pytestmark = pytest.mark.solr

NURSES = "groupes-sectoriels/infirmiers"


def titles(body):
    return [item["title"] for item in body["items"]]


def found_by(session, words):
    """How many items ``words`` find for this person (0 when the search is refused)."""
    response = session.get("@search", params={"SearchableText": words})
    return 0 if response.status_code in (401, 403) else response.json()["items_total"]


def suggest(session, q):
    response = session.get("@search-suggest", params={"q": q})
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


def add_tool(session, container, title, *lines):
    response = session.post(
        container,
        json={
            "@type": "Tool",
            "title": title,
            "tool_kind": "file",
            "dequap_category": "travail_equipe",
            "description": "Un outil d'animation",
            "file": {
                "data": base64.b64encode(pdf_bytes(*lines)).decode(),
                "encoding": "base64",
                "filename": "outil.pdf",
                "content-type": "application/pdf",
            },
        },
    )
    assert response.status_code == 201, response.text
    return response.json()


def test_a_tools_file_is_found_by_its_words_only_by_who_may_open_it(as_user, solr):
    add_tool(as_user("site_admin"), THEMATIC, "Kit des saisons", "Le mot hippocampe est dans ce fichier.")
    assert titles(search(as_user("nurse_igl"), SearchableText="hippocampe")) == ["Kit des saisons"]
    # the tool's own words still find it
    assert "Kit des saisons" in titles(search(as_user("nurse_igl"), SearchableText="animation"))
    assert found_by(as_user("pending_worker"), "hippocampe") == 0


@pytest.mark.parametrize("word", ITEMS)
def test_bodies_are_found_through_solr_only_by_who_may_open_them(as_user, bodies, solr, word):  # noqa: F811
    found = search(as_user("fede_staff"), SearchableText=word)
    assert [item["@id"].rsplit("/", 1)[-1] for item in found["items"]] == [f"corps-{word}"]
    assert found_by(as_user("pending_worker"), word) == 0


def test_suggestions_complete_the_beginning_of_titles(as_user, solr):
    nurse = as_user("nurse_igl")
    assert "Dossier santé et environnement" in suggest(nurse, "dossier sa")
    assert "Dossier santé et environnement" in suggest(nurse, "Envir")
    assert suggest(nurse, "d") == []
    assert "Notes du GT Écologie" not in suggest(nurse, "notes du")  # not a GT member


def test_a_suggestion_never_reveals_a_hidden_title(as_user, solr):
    admin = as_user("site_admin")
    assert admin.patch(WG, json={"confidential": True}).status_code == 204
    upload_pdf(as_user("fede_staff"), WG, "Zéphyrins confidentiels", "rien")
    assert suggest(as_user("wg_outsider"), "zephyr") == []
    assert as_user("pending_worker").get("@search-suggest", params={"q": "zephyr"}).status_code in (401, 403)
    assert suggest(as_user("wg_member"), "zephyr") == ["Zéphyrins confidentiels"]


@pytest.mark.parametrize("params", [{"q": ["a", "b"]}, {"q": "x" * 101}])
def test_bad_suggestion_queries_are_refused_in_french(as_user, solr, params):
    response = as_user("nurse_igl").get("@search-suggest", params=params)
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "q"


def test_did_you_mean_offers_a_spelling_that_finds(as_user, solr):
    upload_pdf(as_user("fede_staff"), THEMATIC, "Garde de nuit", "Une infirmière de garde chaque nuit.")
    body = search(as_user("gp_igb"), SearchableText="infirmeire")
    assert body["items_total"] == 0
    assert body["did_you_mean"] == "infirmière"
    assert search(as_user("gp_igb"), SearchableText=body["did_you_mean"])["items_total"] >= 1
    assert search(as_user("gp_igb"), SearchableText="infirmière").get("did_you_mean") is None


def test_did_you_mean_never_reveals_a_hidden_word(as_user, solr):
    upload_pdf(as_user("fede_staff"), WG, "Compte rendu", "Le mot xanthophylle est ici.")
    assert search(as_user("wg_outsider"), SearchableText="xantophylle").get("did_you_mean") is None
    assert search(as_user("wg_member"), SearchableText="xantophylle")["did_you_mean"] == "xanthophylle"


def test_own_group_comes_first_when_nearly_equal_and_the_switch_turns_it_off(as_user, solr):
    admin = as_user("site_admin")
    upload_pdf(admin, THEMATIC, "Fiche A", "Le protocole tartempion pour les soins.")
    upload_pdf(admin, NURSES, "Fiche B", "Le protocole tartempion pour les soins du jour.")
    nurse = as_user("nurse_igl")
    plain = search(nurse, SearchableText="tartempion", boost="off")
    assert titles(plain) == ["Fiche A", "Fiche B"]  # the shorter text is a little more relevant
    assert plain["own_groups_boost"] is False
    assert not any(item["own_group"] for item in plain["items"])
    boosted = search(nurse, SearchableText="tartempion")
    assert titles(boosted) == ["Fiche B", "Fiche A"]
    assert [item["own_group"] for item in boosted["items"]] == [True, False]
    assert boosted["own_groups_boost"] is True
    # someone else's groups are not the nurse's
    other = search(as_user("gp_igb"), SearchableText="tartempion")
    assert not any(item["own_group"] for item in other["items"])
    refused = nurse.get("@search", params={"SearchableText": "x", "boost": "peut-être"})
    assert refused.status_code == 400 and refused.json()["errors"][0]["field"] == "boost"


def test_five_occurrences_stay_above_one_with_the_boost(as_user, solr):
    admin = as_user("site_admin")
    upload_pdf(admin, NURSES, "Une fois", "La quinoline apparait ici. Du texte en plus pour la longueur.")
    upload_pdf(admin, THEMATIC, "Cinq fois", "quinoline quinoline quinoline", "quinoline et quinoline.")
    body = search(as_user("nurse_igl"), SearchableText="quinoline")
    assert titles(body) == ["Cinq fois", "Une fois"]
    assert [item["own_group"] for item in body["items"]] == [False, True]


def test_a_best_bet_comes_first_for_its_words(as_user, solr):
    admin = as_user("site_admin")
    upload_pdf(admin, THEMATIC, "Barème", "cotisation " * 5, "la cotisation annuelle")
    response = admin.post(
        THEMATIC,
        json={"@type": "SynthesisPage", "title": "Tout sur les contributions", "searchwords": ["cotisation"]},
    )
    assert response.status_code == 201, response.text
    assert titles(search(as_user("gp_igb"), SearchableText="cotisation"))[0] == "Tout sur les contributions"
    assert found_by(as_user("pending_worker"), "cotisation") == 0


@pytest.fixture
def many_documents(world_portal):
    """1,000 documents in the thematic area, created at 400 different moments."""
    thematic = world_portal.unrestrictedTraverse(THEMATIC)
    with api.env.adopt_roles(["Manager"]):
        for number in range(1000):
            document = api.content.create(
                container=thematic, type="Document", id=f"doc-{number:04d}", title=f"Pièce {number}"
            )
            document.creation_date = document.created() - (number % 400) / 24
            document.reindexObject(idxs=["created"])
    transaction.commit()


def pages(session, size, **params):
    items, start = [], 0
    while True:
        body = session.get("@documents", params={"b_size": size, "b_start": start, **params}).json()
        items += body["items"]
        start += size
        if start >= body["items_total"]:
            return body["items_total"], items


def test_documents_page_through_a_thousand_in_a_stable_order(as_user, many_documents, solr):
    nurse = as_user("nurse_igl")
    total, items = pages(nurse, 100, SearchableText="Pièce")
    assert total == len(items) == 1000
    assert len({item["@id"] for item in items}) == 1000
    dates = [item["date"] for item in items]
    assert dates == sorted(dates, reverse=True)
    assert pages(nurse, 100, SearchableText="Pièce")[1] == items  # the same order again
    everything, listed = pages(nurse, 250)
    assert everything >= 1000 and len(listed) == everything


def test_documents_without_solr_answer_the_same_page(as_user, world_portal, solr):
    upload_pdf(as_user("fede_staff"), WG, "Procès-verbal du GT", "ornithorynque")
    outsider = as_user("wg_outsider")
    with_solr = outsider.get("@documents", params={"b_size": 100}).json()
    api.portal.set_registry_record("collective.solr.active", False)
    transaction.commit()
    without = outsider.get("@documents", params={"b_size": 100}).json()
    assert without["items_total"] == with_solr["items_total"] == len(with_solr["items"])

    def seen(body):
        return sorted((i["date"], i["title"], i["can_open"]) for i in body["items"])

    assert seen(without) == seen(with_solr)
    assert ("Procès-verbal du GT", False) in {(i["title"], i["can_open"]) for i in without["items"]}


@pytest.mark.parametrize("solr_active", [True, False])
def test_the_spaces_of_a_documents_page_are_looked_up_together(as_user, solr, monkeypatch, solr_active):
    staff = as_user("fede_staff")
    upload_pdf(staff, WG, "Note du GT", "lémurien")
    upload_pdf(staff, THEMATIC, "Note thématique", "lémurien")
    api.portal.set_registry_record("collective.solr.active", solr_active)
    transaction.commit()
    lookups, shown_brains = [], documents_query.shown_brains

    def counted(uids):
        lookups.extend([uids] if uids - {None} else [])
        return shown_brains(uids)

    monkeypatch.setattr(documents_query, "shown_brains", counted)
    body = as_user("gp_igb").get("@documents", params={"b_size": 50}).json()
    groups = {item["group"]["title"] for item in body["items"] if item["group"]}
    assert {"GT Écologie", "Santé et environnement"} <= groups
    assert len(lookups) == 1
