"""Reading the names, email, workplace and functions people give about themselves."""

from fmm_extranet import _
from fmm_extranet.core.validation import InvalidValue
from fmm_extranet.core.vocabularies import WorkplacesVocabulary
from fmm_extranet.people.content import IJob
from fmm_extranet.people.content import IWorker
from plone import api
from zope.schema.interfaces import ValidationError
import jsonschema


NAME_MAX_LENGTH = 100
EMAIL_MAX_LENGTH = 254
#: Names are plain text: markup characters are refused rather than stored.
MARKUP_CHARACTERS = set("<>")


def clean_name(value, field, errors):
    """A first or last name: plain text on one line."""
    value = value.strip() if isinstance(value, str) else ""
    if not value:
        errors.add(field, _("This field is required."))
    elif len(value) > NAME_MAX_LENGTH:
        errors.add(field, _("A name has at most 100 characters."))
    elif MARKUP_CHARACTERS & set(value) or "\n" in value or "\r" in value:
        errors.add(field, _("A name is plain text on one line: < and > are not allowed."))
    return value


def email_in_use(email, except_user=None):
    """Whether an account other than ``except_user`` logs in with, or has, this email."""
    acl_users = api.portal.get_tool("acl_users")
    found = acl_users.searchUsers(login=email, exact_match=True) + acl_users.searchUsers(
        email=email, exact_match=True
    )
    return any(user["id"] != except_user for user in found)


def read_email(value, errors, field="email"):
    """A valid email address, in lowercase."""
    value = value.strip().lower() if isinstance(value, str) else ""
    if not value:
        errors.add(field, _("This field is required."))
        return value
    try:
        if len(value) > EMAIL_MAX_LENGTH:
            raise ValidationError()
        IWorker["email"].validate(value)
    except ValidationError:
        errors.add(field, _("This is not a valid email address."))
    return value


def clean_new_email(value, errors, field="email", except_user=None):
    """A valid email address, in lowercase, that no other account uses."""
    value = read_email(value, errors, field)
    if field not in errors and email_in_use(value, except_user):
        errors.add(field, _("An account already exists with this email address."))
    return value


def clean_workplace(value, errors):
    """A medical house's UID, or "federation"."""
    if not isinstance(value, str) or value not in WorkplacesVocabulary():
        errors.add("workplace", _("Choose a medical house, or the federation."))
    return value


#: "My medical house is not in the list": its name and municipality, for the reviewers.
WORKPLACE_REMARK_MAX_LENGTH = 200


def clean_workplace_remark(value, errors):
    """What the requester writes when their medical house is not in the list (optional)."""
    value = value.strip() if isinstance(value, str) else ""
    if len(value) > WORKPLACE_REMARK_MAX_LENGTH:
        errors.add("workplace_remark", _("The name of your medical house has at most 200 characters."))
    elif MARKUP_CHARACTERS & set(value) or "\n" in value or "\r" in value:
        errors.add(
            "workplace_remark",
            _("The name of your medical house is plain text on one line: < and > are not allowed."),
        )
    return value


def clean_requested_workplace(data, errors):
    """``(workplace, remark)``: the workplace picked in the list, or None with a remark."""
    remark = clean_workplace_remark(data.get("workplace_remark"), errors)
    if remark and not data.get("workplace"):
        return None, remark
    return clean_workplace(data.get("workplace"), errors), remark


def clean_functions(value, errors):
    """``Job.functions``: from ``[{"function", "complement", "speciality"}]`` or tokens."""
    if not isinstance(value, list):
        value = [value] if value else []
    if not value:
        errors.add("functions", _("A job needs at least one function."))
        return value
    functions = [
        {"function": entry, "complement": None, "speciality": ""} if isinstance(entry, str) else entry
        for entry in value
    ]
    field = IJob["functions"]
    try:
        # The shape first: the field's own constraint expects well-formed entries.
        jsonschema.validate(functions, field.json_schema)
        field.validate(functions)
    except jsonschema.ValidationError:
        errors.add(
            "functions",
            _("Each function is a token, or {function, complement, speciality}."),
        )
    except InvalidValue as error:
        errors.add("functions", error.message)
    return functions


def read_person(data, errors):
    """Names, email and functions of a new worker; problems go to ``errors``."""
    return {
        "first_name": clean_name(data.get("first_name"), "first_name", errors),
        "last_name": clean_name(data.get("last_name"), "last_name", errors),
        "email": clean_new_email(data.get("email"), errors),
        "functions": clean_functions(data.get("functions"), errors),
    }
