"""The questions of a registration form, as Volto renders, answers and edits them.

A form's questions live in its EasyForm model (supermodel XML). This module
describes them as JSON (``describe``), reads a worker's answers against them
(``read_answers``: every problem of every question at once, in French), shows
stored answers to organisers (``answer_text``) and rewrites the organisers'
questions from JSON (``write_questions``), leaving the profile questions as
they are.

Supported types: TextLine, Text, Choice, MultiChoice (a Set or List of Choice),
Bool, Int, Date. A form holding any other type takes no registration
(``unsupported_titles``): nobody could answer it from Volto.
"""

from collective.easyform.api import get_expression
from collective.easyform.api import get_schema
from collective.easyform.interfaces import IFieldExtender
from datetime import date
from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.mail import in_site_language
from fmm_extranet.registrations import RegistrationRefused
from lxml import etree
from plone.i18n.normalizer.interfaces import IIDNormalizer
from zope import schema
from zope.component import getUtility
from zope.i18nmessageid import Message
from zope.schema import getFieldsInOrder
from zope.schema.interfaces import IVocabularyTokenized
from zope.schema.interfaces import ValidationError
import json


#: Questions a new form prefills from the profile: never shown, never edited.
PROFILE_QUESTIONS = ("fullname", "workplaces", "functions")
UNSUPPORTED = "Unsupported"
CHOICE_TYPES = ("Choice", "MultiChoice")
#: A Choice of this many choices or fewer is shown as radio buttons, else a select.
RADIO_MAX = 5
SUPERMODEL = "http://namespaces.plone.org/supermodel/schema"
TYPES = {
    "TextLine": "zope.schema.TextLine",
    "Text": "zope.schema.Text",
    "Choice": "zope.schema.Choice",
    "MultiChoice": "zope.schema.Set",
    "Bool": "zope.schema.Bool",
    "Int": "zope.schema.Int",
    "Date": "zope.schema.Date",
}
SIMPLE_TYPES = {
    schema.TextLine: "TextLine",
    schema.Text: "Text",
    schema.Choice: "Choice",
    schema.Bool: "Bool",
    schema.Int: "Int",
    schema.Date: "Date",
}

REQUIRED = _("This question is required.")
NOT_TEXT = _("Write an answer as text.")
ONE_LINE = _("Write the answer on one line.")
NOT_A_CHOICE = _("Choose one of the proposed answers.")
NOT_CHOICES = _("Choose among the proposed answers.")
NOT_YES_NO = _("Answer yes or no.")
NOT_A_NUMBER = _("Write a whole number.")
NOT_A_DATE = _("Write a date (YYYY-MM-DD).")
UNSUPPORTED_FORM = _("The form has a question of a type that is not supported: ${questions}")
YES = _("answer_yes", default="Yes")
NO = _("answer_no", default="No")


def question_type(field):
    """The type of a question as Volto knows it, or ``UNSUPPORTED``."""
    kind = type(field)
    if kind in SIMPLE_TYPES:
        return SIMPLE_TYPES[kind]
    if kind in (schema.Set, schema.List) and type(field.value_type) is schema.Choice:
        return "MultiChoice"
    return UNSUPPORTED


def vocabulary_of(field):
    """The terms of a (bound) Choice or MultiChoice question."""
    choice = field if isinstance(field, schema.Choice) else field.value_type
    vocabulary = choice.vocabulary
    return list(vocabulary) if IVocabularyTokenized.providedBy(vocabulary) else []


def form_fields(form, profile=False):
    """(name, bound field) of the questions beyond the profile (all with ``profile``), in order."""
    return [
        (name, field.bind(form))
        for name, field in getFieldsInOrder(get_schema(form))
        if profile or name not in PROFILE_QUESTIONS
    ]


def describe(name, field):
    """One question as JSON: what Volto needs to render and check it."""
    kind = question_type(field)
    question = {
        "name": name,
        "title": title_of(name, field),
        "description": in_site_language(field.description) if field.description else "",
        "type": kind,
        "required": bool(field.required),
    }
    if kind in CHOICE_TYPES:
        choices = [
            {"token": term.token, "label": str(term.title or term.value)} for term in vocabulary_of(field)
        ]
        question["choices"] = choices
        if kind == "Choice":
            question["widget"] = "radio" if len(choices) <= RADIO_MAX else "select"
    if kind == "Int":
        question["min"] = field.min
        question["max"] = field.max
    return question


def questions_of(form):
    return [describe(name, field) for name, field in form_fields(form)]


def unsupported_titles(form):
    """Titles of the questions Volto cannot render; the form is closed while any remain."""
    return [question["title"] for question in questions_of(form) if question["type"] == UNSUPPORTED]


def refuse_unsupported(form):
    titles = unsupported_titles(form)
    if titles:
        raise RegistrationRefused(unsupported_reason(titles))


def unsupported_reason(titles):
    return Message(UNSUPPORTED_FORM, mapping={"questions": ", ".join(titles)})


# Answers


def empty(value):
    return value is None or value == "" or value == []


def read_answer(field, value):
    """The Python value of one answer (raises ``ValueError`` with a message)."""
    kind = question_type(field)
    if kind in ("TextLine", "Text"):
        if not isinstance(value, str):
            raise ValueError(NOT_TEXT)
        if kind == "TextLine" and "\n" in value:
            raise ValueError(ONE_LINE)
        return value.strip()
    if kind == "Choice":
        terms = {term.token: term.value for term in vocabulary_of(field)}
        if not isinstance(value, str) or value not in terms:
            raise ValueError(NOT_A_CHOICE)
        return terms[value]
    if kind == "MultiChoice":
        terms = {term.token: term.value for term in vocabulary_of(field)}
        if not isinstance(value, list) or not all(isinstance(v, str) and v in terms for v in value):
            raise ValueError(NOT_CHOICES)
        chosen = [terms[token] for token in dict.fromkeys(value)]
        return set(chosen) if isinstance(field, schema.Set) else chosen
    if kind == "Bool":
        if not isinstance(value, bool):
            raise ValueError(NOT_YES_NO)
        return value
    if kind == "Int":
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ValueError(NOT_A_NUMBER)
        try:
            return int(value)
        except ValueError:
            raise ValueError(NOT_A_NUMBER) from None
    if kind == "Date":
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise ValueError(NOT_A_DATE) from None
    raise ValueError(unsupported_reason([title_of(field.__name__, field)]))


def bounds_message(field, value):
    """Why an Int answer is out of the question's bounds, or None."""
    if field.min is not None and value < field.min:
        return _("The number must be at least ${min}.", mapping={"min": field.min})
    if field.max is not None and value > field.max:
        return _("The number must be at most ${max}.", mapping={"max": field.max})
    return None


def default_answer(form, field):
    """What an unanswered question takes: its default (the profile, for the first ones)."""
    expression = IFieldExtender(field).TDefault
    return get_expression(form, expression) if expression else field.default


def read_answers(form, answers):
    """The Python values of a worker's answers, for every question of the form.

    An unanswered question takes its default (the profile questions: the worker's
    profile); a required question answered empty, or without an answer nor a
    default, is refused. Every problem is collected, then refused at once
    (``errors: [{field: <question name>, message}]``).
    """
    errors = FieldErrors()
    values = {}
    for name, field in form_fields(form, profile=True):
        given = name in answers
        try:
            value = read_answer(field, answers[name]) if given and not empty(answers[name]) else None
            if not given:
                value = default_answer(form, field)
        except ValueError as error:
            errors.add(name, error.args[0])
            continue
        if empty(value):
            if field.required:
                errors.add(name, REQUIRED)
            continue
        problem = bounds_message(field, value) if question_type(field) == "Int" else None
        try:
            field.validate(value)
        except ValidationError as error:
            problem = problem or error.doc()
        if problem:
            errors.add(name, problem)
            continue
        values[name] = value
    errors.refuse_if_any()
    return values


def stored(value):
    """An answer as a registration keeps it: JSON-friendly (sets as lists, dates in ISO)."""
    if isinstance(value, set | frozenset | list | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def answer_text(field, value):
    """A stored answer as organisers read it: labels of choices, yes/no, dates as 31/12/2026."""
    if empty(value):
        return ""
    kind = question_type(field)
    if kind in CHOICE_TYPES:
        values = value if isinstance(value, list) else legacy_list(value)
        labels = [str(term.title or term.value) for term in vocabulary_of(field) if term.value in values]
        return ", ".join(labels)
    if kind == "Bool" or isinstance(value, bool):
        truth = value if isinstance(value, bool) else value in ("True", "true")
        return in_site_language(YES if truth else NO)
    if kind == "Date" and isinstance(value, str):
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return str(value)


def title_of(name, field):
    return in_site_language(field.title) if field.title else name


def question_titles(form):
    """Titles of the questions beyond the profile (none without a form)."""
    return [title_of(name, field) for name, field in form_fields(form)] if form is not None else []


def legacy_list(value):
    """Choices as EasyForm once kept them: a JSON list in a string; else the one value."""
    try:
        values = json.loads(value)
    except (TypeError, ValueError):
        return [value]
    return values if isinstance(values, list) else [value]


def answers_by_question(form, registration):
    """A registration's answers to the current questions: ``[{name, question, answer}]``."""
    if form is None:
        return []
    return [
        {
            "name": name,
            "question": title_of(name, field),
            "answer": answer_text(field, registration.answers.get(name)),
        }
        for name, field in form_fields(form)
    ]


# Organisers edit the questions


def normalized_name(title, taken):
    """A field name from a question's title: ascii, an identifier, not taken."""
    base = getUtility(IIDNormalizer).normalize(title, max_length=30).replace("-", "_") or "question"
    if not base[0].isalpha():
        base = f"q_{base}"
    name, number = base, 1
    while name in taken:
        number += 1
        name = f"{base}_{number}"
    return name


def read_questions(form, questions):
    """Check the organisers' questions; every problem at once (``questions.<i>.<attribute>``)."""
    errors = FieldErrors()
    if not isinstance(questions, list):
        raise Refusal(_('Send the questions as a list: {"questions": [...]}.'))
    existing = dict(form_fields(form))
    names = set(PROFILE_QUESTIONS)
    checked = []
    for index, question in enumerate(questions):
        where = f"questions.{index}"
        if not isinstance(question, dict):
            errors.add(where, _("Each question is an object."))
            continue
        name = question.get("name")
        if name is not None and (name not in existing or name in names):
            errors.add(f"{where}.name", _("Unknown question."))
            continue
        kind = question.get("type")
        if kind == UNSUPPORTED and name and question_type(existing[name]) == UNSUPPORTED:
            names.add(name)
            checked.append({"name": name, "type": UNSUPPORTED})
            continue
        if kind not in TYPES:
            errors.add(f"{where}.type", _("Choose a type of question."))
        title = question.get("title")
        if not isinstance(title, str) or not title.strip():
            errors.add(f"{where}.title", _("Write the question."))
            title = ""
        elif "\n" in title:
            errors.add(f"{where}.title", ONE_LINE)
        description = question.get("description") or ""
        if not isinstance(description, str):
            errors.add(f"{where}.description", NOT_TEXT)
            description = ""
        required = question.get("required", False)
        if not isinstance(required, bool):
            errors.add(f"{where}.required", NOT_YES_NO)
        choices = read_choices(question.get("choices"), errors, where) if kind in CHOICE_TYPES else []
        low, high = (read_bound(question.get(b), errors, f"{where}.{b}") for b in ("min", "max"))
        if kind == "Int" and low is not None and high is not None and low > high:
            errors.add(f"{where}.max", _("The maximum must not be lower than the minimum."))
        name = name or normalized_name(title, names | set(existing))
        names.add(name)
        checked.append(
            {
                "name": name,
                "type": kind,
                "title": title.strip(),
                "description": description.strip(),
                "required": required is True,
                "choices": choices,
                "min": low if kind == "Int" else None,
                "max": high if kind == "Int" else None,
            }
        )
    errors.refuse_if_any()
    return checked


def read_choices(choices, errors, where):
    """[(token, label)] of a choice question: labels given, tokens kept or made from them."""
    if not isinstance(choices, list) or len(choices) < 2:
        errors.add(f"{where}.choices", _("Give at least two choices."))
        return []
    result, tokens, labels = [], set(), set()
    for choice in choices:
        label = choice.get("label") if isinstance(choice, dict) else choice
        token = choice.get("token") if isinstance(choice, dict) else None
        if not isinstance(label, str) or not label.strip() or "\n" in label:
            errors.add(f"{where}.choices", _("Every choice needs a label on one line."))
            return []
        if not (isinstance(token, str) and token.isascii() and token.strip() == token and token):
            token = normalized_name(label, tokens)
        if token in tokens or label.strip().casefold() in labels:
            errors.add(f"{where}.choices", _("Two choices are the same."))
            return []
        tokens.add(token)
        labels.add(label.strip().casefold())
        result.append((token, label.strip()))
    return result


def read_bound(value, errors, where):
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        errors.add(where, NOT_A_NUMBER)
        return None
    return value


def question_element(question):
    """The supermodel ``<field>`` of a question."""
    kind = question["type"]
    field = etree.Element(f"{{{SUPERMODEL}}}field", name=question["name"], type=TYPES[kind])
    etree.SubElement(field, f"{{{SUPERMODEL}}}title").text = question["title"]
    if question["description"]:
        etree.SubElement(field, f"{{{SUPERMODEL}}}description").text = question["description"]
    etree.SubElement(field, f"{{{SUPERMODEL}}}required").text = str(question["required"])
    if kind in CHOICE_TYPES:
        holder = field
        if kind == "MultiChoice":
            holder = etree.SubElement(field, f"{{{SUPERMODEL}}}value_type", type="zope.schema.Choice")
        values = etree.SubElement(holder, f"{{{SUPERMODEL}}}values")
        for token, label in question["choices"]:
            etree.SubElement(values, f"{{{SUPERMODEL}}}element", key=token).text = label
    for bound in ("min", "max"):
        if question.get(bound) is not None:
            etree.SubElement(field, f"{{{SUPERMODEL}}}{bound}").text = str(question[bound])
    return field


def write_questions(form, questions):
    """Replace the questions beyond the profile by ``questions`` (as ``read_questions`` gives)."""
    model = etree.fromstring(form.fields_model.encode("utf-8"))
    form_schema = model.find(f"{{{SUPERMODEL}}}schema")
    kept = {}
    for element in list(form_schema.findall(f"{{{SUPERMODEL}}}field")):
        if element.get("name") not in PROFILE_QUESTIONS:
            kept[element.get("name")] = element
            form_schema.remove(element)
    for question in questions:
        if question["type"] == UNSUPPORTED:
            form_schema.append(kept[question["name"]])
        else:
            form_schema.append(question_element(question))
    etree.indent(model)
    form.fields_model = etree.tostring(model, encoding="unicode", xml_declaration=False)
