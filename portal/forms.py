"""Form helpers shared by the apps' front ends."""

from django import forms


def valid_filters(form: forms.Form) -> dict:
    """The chosen values that exist; invalid ones are left out (and reported on the form)."""
    if not form.is_bound:
        return {}
    form.is_valid()
    return {name: value for name, value in form.cleaned_data.items() if value}
