"""GET @people-picker?q=… (active workers by name) or ?user_id=…&user_id=… (names of
the people a field holds): the people pickers of the edit and add forms, asked on
the item edited (or the container added to)."""

from fmm_extranet.core.services import JsonService
from fmm_extranet.spaces.people_picker import named_people
from fmm_extranet.spaces.people_picker import search_people


class PeoplePickerGet(JsonService):
    def reply(self):
        self.route(())
        form = self.request.form
        if "user_id" in form:
            return {"items": named_people(self.context, form)}
        return {"items": search_people(form)}
