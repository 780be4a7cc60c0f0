"""My jobs in the classic UI: the Job add/edit forms with the functions widget."""

from tests.accounts.test_profile import shortcuts
from tests.accounts.test_requests import DENIED
from tests.helpers import browser_for
from tests.helpers import field_error
from tests.helpers import page
from tests.helpers import submit_form
import pytest


FUNCTIONS = "form.widgets.functions"


def functions_form(*entries):
    """The widget's fields for ``(function, complement, speciality)`` entries."""
    values = {f"{FUNCTIONS}.function:list": [token for token, _c, _s in entries]}
    for token, complement, speciality in entries:
        values[f"{FUNCTIONS}.{token}.complement"] = complement
        values[f"{FUNCTIONS}.{token}.speciality"] = speciality
    return values


def shown_functions(response):
    """{function: (complement, speciality)} of the rows the form shows checked."""
    form = page(response)
    shown = {}
    for box in form.cssselect(f'input[name="{FUNCTIONS}.function:list"][checked]'):
        token = box.get("value")
        selected = form.cssselect(f'select[name="{FUNCTIONS}.{token}.complement"] option[selected]')
        speciality = form.cssselect(f'input[name="{FUNCTIONS}.{token}.speciality"]')[0]
        shown[token] = (selected[0].get("value") if selected else "", speciality.get("value"))
    return shown


def test_a_worker_adds_a_job_with_complement_and_speciality(world_portal):
    house = world_portal["maisons-medicales"]["mm-marolles"].UID()
    values = {
        "form.widgets.workplace:list": house,
        **functions_form(("infirmier", "maitre_de_stage", "soins palliatifs"), ("accueillant", "", "")),
    }
    browser = browser_for(world_portal, "nurse_igl")
    response = submit_form(browser, "travailleurs/nurse_igl/++add++Job", values, "form.buttons.save")
    assert response.status_code == 200
    world_portal._p_jar.sync()
    job = [j for j in world_portal["travailleurs"]["nurse_igl"].jobs() if j.workplace == house][0]
    assert sorted(job.functions, key=lambda entry: entry["function"]) == [
        {"function": "accueillant", "complement": None, "speciality": ""},
        {"function": "infirmier", "complement": "maitre_de_stage", "speciality": "soins palliatifs"},
    ]
    shown = page(browser.get(job.absolute_url())).cssselect("span.functions-widget")[0].text_content()
    assert "infirmier·ère (maître de stage, soins palliatifs)" in shown
    assert shown_functions(browser.get(f"{job.absolute_url()}/@@edit")) == {
        "infirmier": ("maitre_de_stage", "soins palliatifs"),
        "accueillant": ("", ""),
    }


def test_editing_shows_the_functions_held_and_a_change_opens_the_sectoral_group(as_user, world_portal):
    job = world_portal["travailleurs"]["gp_igb"].jobs()[0]
    browser = browser_for(world_portal, "gp_igb")
    edit = f"travailleurs/gp_igb/{job.getId()}/@@edit"
    assert shown_functions(browser.get(edit)) == {"medecin_generaliste": ("", "")}
    assert ("sectoral_group", "Infirmier·ère·s") not in shortcuts(as_user, "gp_igb")

    values = functions_form(("infirmier", "", ""))
    response = submit_form(browser, edit, values, "form.buttons.save")
    assert response.status_code == 200
    world_portal._p_jar.sync()
    assert [entry["function"] for entry in job.functions] == ["infirmier"]
    assert ("sectoral_group", "Infirmier·ère·s") in shortcuts(as_user, "gp_igb")
    assert as_user("gp_igb").get("groupes-sectoriels/infirmiers").status_code == 200


def test_a_job_without_function_is_refused_and_nothing_changes(world_portal):
    job = world_portal["travailleurs"]["gp_igb"].jobs()[0]
    values = {f"{FUNCTIONS}.function:list": []}
    browser = browser_for(world_portal, "gp_igb")
    response = submit_form(browser, f"travailleurs/gp_igb/{job.getId()}/@@edit", values, "form.buttons.save")
    assert field_error(response, "functions") == "Un emploi doit compter au moins une fonction."
    world_portal._p_jar.sync()
    assert [entry["function"] for entry in job.functions] == ["medecin_generaliste"]


@pytest.mark.parametrize("form", ["edit", "add"])
@pytest.mark.parametrize("who", ["nurse_igl", "mm_manager"])
def test_nobody_else_edits_or_adds_a_workers_jobs(world_portal, who, form):
    worker = world_portal["travailleurs"]["gp_igb"]
    path = {"edit": f"{worker.jobs()[0].absolute_url()}/@@edit", "add": f"{worker.absolute_url()}/++add++Job"}
    response = browser_for(world_portal, who).get(path[form], allow_redirects=False)
    assert response.status_code in (*DENIED, 302)
    if response.status_code == 302:
        assert "require_login" in response.headers["Location"]


def test_a_refused_job_is_shown_again_as_it_was_typed(world_portal):
    job = world_portal["travailleurs"]["gp_igb"].jobs()[0]
    values = functions_form(("infirmier", "maitre_de_stage", "plaies"), ("kinesitherapeute", "inventé", ""))
    browser = browser_for(world_portal, "gp_igb")
    response = submit_form(browser, f"travailleurs/gp_igb/{job.getId()}/@@edit", values, "form.buttons.save")
    assert "inventé" in field_error(response, "functions")
    assert shown_functions(response) == {
        "infirmier": ("maitre_de_stage", "plaies"),
        "kinesitherapeute": ("", ""),
    }
    world_portal._p_jar.sync()
    assert [entry["function"] for entry in job.functions] == ["medecin_generaliste"]
