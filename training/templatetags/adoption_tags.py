from django import template

from ..adoption import adoption_choices

register = template.Library()


@register.simple_tag(takes_context=True)
def programmes_to_adopt_for(context, module):
    """The programmes the reader may adopt `module` for ("Overnemen voor mijn programma")."""
    return adoption_choices(user=context["request"].user, module=module)
