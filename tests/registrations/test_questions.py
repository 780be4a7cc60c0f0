"""The questions of a registration form over HTTP, as real users: their JSON schema,
answers checked question by question, a form Volto cannot render kept closed, and
organisers editing the questions."""

from tests.registrations.test_registrations import activity_object
from tests.registrations.test_registrations import create_activity
from tests.registrations.test_registrations import register
from tests.registrations.test_registrations import states
import csv
import io
import pytest
import transaction


DENIED = (401, 403)
pytestmark = pytest.mark.usefixtures("smtp_inbox")

QUESTIONS = [
    {"type": "TextLine", "title": "Régime alimentaire", "required": True},
    {
        "type": "Choice",
        "title": "Avez-vous déjà suivi ce module ?",
        "required": True,
        "choices": [{"label": "Oui"}, {"label": "Non"}, {"label": "En partie"}],
    },
    {
        "type": "Choice",
        "title": "Atelier de l'après-midi",
        "choices": [{"label": f"Atelier {n}"} for n in range(1, 7)],
    },
    {
        "type": "MultiChoice",
        "title": "Thèmes qui vous intéressent",
        "choices": [{"label": "Santé mentale"}, {"label": "Écologie"}, {"label": "Accueil"}],
    },
    {"type": "Bool", "title": "Je viens en voiture", "required": True},
    {"type": "Int", "title": "Années d'expérience", "min": 0, "max": 45},
    {"type": "Date", "title": "Date d'arrivée", "description": "Si vous arrivez la veille."},
]


@pytest.fixture
def staff(as_user):
    return as_user("fede_staff")


def put_questions(session, url, questions):
    return session.put(f"{url}/@registration-questions", json={"questions": questions})


@pytest.fixture
def activity(staff):
    """An activity whose form has one question of each type, after the default "Remarques"."""
    url = create_activity(staff, capacity=10)
    current = staff.get(f"{url}/@registration").json()["questions"]
    response = put_questions(staff, url, current + QUESTIONS)
    assert response.status_code == 200, response.text
    return url


def by_title(questions):
    return {q["title"]: q for q in questions}


def test_the_form_is_described_for_volto(activity, as_user):
    form = as_user("nurse_igl").get(f"{activity}/@registration").json()
    assert form["open"] is True and form["reason"] is None
    questions = by_title(form["questions"])
    assert list(questions) == ["Remarques"] + [q["title"] for q in QUESTIONS]  # no profile question
    assert questions["Remarques"]["type"] == "Text"
    diet = questions["Régime alimentaire"]
    assert (diet["type"], diet["required"], diet["description"]) == ("TextLine", True, "")
    module = questions["Avez-vous déjà suivi ce module ?"]
    assert module["widget"] == "radio"
    assert module["choices"] == [
        {"token": "oui", "label": "Oui"},
        {"token": "non", "label": "Non"},
        {"token": "en_partie", "label": "En partie"},
    ]
    assert questions["Atelier de l'après-midi"]["widget"] == "select"  # more than five choices
    assert questions["Atelier de l'après-midi"]["required"] is False
    assert questions["Thèmes qui vous intéressent"]["type"] == "MultiChoice"
    assert [c["token"] for c in questions["Thèmes qui vous intéressent"]["choices"]] == [
        "sante_mentale",
        "ecologie",
        "accueil",
    ]
    assert questions["Je viens en voiture"]["type"] == "Bool"
    years = questions["Années d'expérience"]
    assert (years["type"], years["min"], years["max"]) == ("Int", 0, 45)
    assert questions["Date d'arrivée"]["description"] == "Si vous arrivez la veille."


def names(session, url):
    return {q["title"]: q["name"] for q in session.get(f"{url}/@registration").json()["questions"]}


def test_answers_are_checked_question_by_question(world_portal, activity, as_user):
    nurse = as_user("nurse_igl")
    name = names(nurse, activity)
    response = register(
        nurse,
        activity,
        {
            name["Régime alimentaire"]: "  ",
            name["Atelier de l'après-midi"]: "atelier_9",
            name["Thèmes qui vous intéressent"]: ["accueil", "cuisine"],
            name["Je viens en voiture"]: "oui",
            name["Années d'expérience"]: 60,
            name["Date d'arrivée"]: "31/12/2099",
        },
    )
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["message"] == "Certains champs ne sont pas valides."
    errors = {e["field"]: e["message"] for e in body["errors"]}
    assert errors == {
        name["Régime alimentaire"]: "Cette question est obligatoire.",
        name["Avez-vous déjà suivi ce module ?"]: "Cette question est obligatoire.",
        name["Atelier de l'après-midi"]: "Choisissez une des réponses proposées.",
        name["Thèmes qui vous intéressent"]: "Choisissez parmi les réponses proposées.",
        name["Je viens en voiture"]: "Répondez par oui ou par non.",
        name["Années d'expérience"]: "Le nombre doit être au plus 45.",
        name["Date d'arrivée"]: "Écrivez une date (AAAA-MM-JJ).",
    }
    assert states(world_portal, activity) == {}


def test_valid_answers_are_kept_and_shown_to_organisers(world_portal, activity, as_user, staff, smtp_inbox):
    nurse = as_user("nurse_igl")
    name = names(nurse, activity)
    response = register(
        nurse,
        activity,
        {
            name["Régime alimentaire"]: "Végétarien",
            name["Avez-vous déjà suivi ce module ?"]: "en_partie",
            name["Thèmes qui vous intéressent"]: ["accueil", "ecologie"],
            name["Je viens en voiture"]: False,
            name["Années d'expérience"]: "12",
            name["Date d'arrivée"]: "2099-06-04",
        },
    )
    assert response.status_code == 201, response.text
    answers = response.json()["answers"]
    assert answers[name["Thèmes qui vous intéressent"]] == ["accueil", "ecologie"]
    assert answers[name["Je viens en voiture"]] is False
    assert answers[name["Années d'expérience"]] == 12
    assert answers[name["Date d'arrivée"]] == "2099-06-04"
    assert answers["fullname"] == "Nurse Test"  # the profile's, unasked
    smtp_inbox.wait_for(1)

    listing = staff.get(f"{activity}/@registrations").json()
    [item] = listing["items"]
    shown = {a["question"]: a["answer"] for a in item["answers_by_question"]}
    assert shown == {
        "Remarques": "",
        "Régime alimentaire": "Végétarien",
        "Avez-vous déjà suivi ce module ?": "En partie",
        "Atelier de l'après-midi": "",
        "Thèmes qui vous intéressent": "Écologie, Accueil",
        "Je viens en voiture": "Non",
        "Années d'expérience": "12",
        "Date d'arrivée": "04/06/2099",
    }
    rows = list(
        csv.reader(
            io.StringIO(staff.get(f"{activity}/@registrations/csv").content.decode("utf-8-sig")),
            delimiter=";",
        )
    )
    assert rows[0][7:] == ["Remarques"] + [q["title"] for q in QUESTIONS]
    assert rows[1][7:] == list(shown.values())


def add_unsupported_question(world_portal, url):
    form = activity_object(world_portal, url)["inscription"]
    form.fields_model = form.fields_model.replace(
        "</schema>",
        '<field name="weight" type="zope.schema.Float"><title>Poids du bagage</title></field></schema>',
    )
    transaction.commit()


def test_an_unsupported_question_keeps_registration_closed(world_portal, as_user, staff):
    url = create_activity(staff)
    add_unsupported_question(world_portal, url)
    nurse = as_user("nurse_igl")
    form = nurse.get(f"{url}/@registration").json()
    assert form["open"] is False
    assert form["reason"] == (
        "Le formulaire contient une question d'un type non pris en charge : Poids du bagage"
    )
    assert by_title(form["questions"])["Poids du bagage"]["type"] == "Unsupported"
    response = register(nurse, url, {"comments": "rien"})
    assert response.status_code == 400
    assert response.json()["message"] == form["reason"]
    assert states(world_portal, url) == {}

    # Kept as it is by its organiser, it still closes registration; removed, it opens.
    questions = staff.get(f"{url}/@registration").json()["questions"]
    assert put_questions(staff, url, questions).status_code == 200
    assert nurse.get(f"{url}/@registration").json()["open"] is False
    kept = [q for q in questions if q["type"] != "Unsupported"]
    assert put_questions(staff, url, kept).status_code == 200
    assert nurse.get(f"{url}/@registration").json()["open"] is True
    assert register(nurse, url).status_code == 201


def test_organisers_edit_the_questions(world_portal, activity, as_user, staff):
    before = staff.get(f"{activity}/@registration").json()["questions"]
    # Reorder, rename a choice, drop a question, add one; the profile questions stay.
    module = dict(before[2], choices=[{"token": "oui", "label": "Oui, en entier"}, {"label": "Non"}])
    edited = [module, before[1], {"type": "TextLine", "title": "Allergies"}]
    response = put_questions(staff, activity, edited)
    assert response.status_code == 200, response.text
    after = as_user("nurse_igl").get(f"{activity}/@registration").json()["questions"]
    assert [q["title"] for q in after] == [
        "Avez-vous déjà suivi ce module ?",
        "Régime alimentaire",
        "Allergies",
    ]
    assert after[0]["name"] == module["name"] and after[0]["choices"][0] == {
        "token": "oui",
        "label": "Oui, en entier",
    }
    assert after[2]["required"] is False
    form = activity_object(world_portal, activity)["inscription"]
    assert all(name in form.fields_model for name in ("fullname", "workplaces", "functions"))


BAD_QUESTIONS = {
    "not_a_list": ({"questions": {"title": "x"}}, None),
    "no_title": ({"questions": [{"type": "TextLine", "title": " "}]}, "questions.0.title"),
    "unknown_type": ({"questions": [{"type": "File", "title": "CV"}]}, "questions.0.type"),
    "one_choice": (
        {"questions": [{"type": "Choice", "title": "Repas", "choices": [{"label": "Oui"}]}]},
        "questions.0.choices",
    ),
    "same_choices": (
        {"questions": [{"type": "MultiChoice", "title": "Repas", "choices": ["Midi", "midi"]}]},
        "questions.0.choices",
    ),
    "bounds_crossed": (
        {"questions": [{"type": "Int", "title": "Âge", "min": 9, "max": 3}]},
        "questions.0.max",
    ),
    "unknown_name": (
        {"questions": [{"name": "fullname", "type": "TextLine", "title": "Nom"}]},
        "questions.0.name",
    ),
    "required_not_bool": (
        {"questions": [{"type": "Bool", "title": "Voiture", "required": "oui"}]},
        "questions.0.required",
    ),
}


@pytest.mark.parametrize("case", BAD_QUESTIONS, ids=list(BAD_QUESTIONS))
def test_bad_questions_are_refused_and_nothing_changes(world_portal, activity, staff, case):
    body, field = BAD_QUESTIONS[case]
    model = activity_object(world_portal, activity)["inscription"].fields_model
    response = staff.put(f"{activity}/@registration-questions", json=body)
    assert response.status_code == 400, response.text
    refusal = response.json()
    assert refusal["message"]
    if field:
        assert [e["field"] for e in refusal["errors"]] == [field]
        assert all(e["message"] for e in refusal["errors"])
    assert activity_object(world_portal, activity)["inscription"].fields_model == model


def test_only_organisers_edit_the_questions(world_portal, activity, as_user):
    model = activity_object(world_portal, activity)["inscription"].fields_model
    for who in (None, "nurse_igl", "wg_outsider"):
        response = put_questions(as_user(who), activity, [{"type": "TextLine", "title": "Pirate"}])
        assert response.status_code in DENIED
    assert activity_object(world_portal, activity)["inscription"].fields_model == model


def test_no_questions_without_registration(world_portal, staff, as_user):
    url = create_activity(staff, registration_enabled=False)
    form = as_user("nurse_igl").get(f"{url}/@registration").json()
    assert (form["open"], form["questions"]) == (False, [])
    assert form["reason"] == "Les inscriptions ne sont pas ouvertes pour cette activité."
    assert put_questions(staff, url, []).status_code == 400
