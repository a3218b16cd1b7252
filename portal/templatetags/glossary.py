"""``{% abbreviations %}...{% endabbreviations %}``: explain glossary abbreviations in the
enclosed, rendered content (see ``portal.glossary_markup``)."""

from django import template
from django.utils.safestring import mark_safe

from portal.glossary_markup import abbreviate_html, glossary_terms

register = template.Library()


class AbbreviationsNode(template.Node):
    def __init__(self, nodelist: template.NodeList):
        self.nodelist = nodelist

    def render(self, context) -> str:
        content = self.nodelist.render(context)
        terms = glossary_terms()
        if not terms:
            return content
        # The content was rendered (and escaped) by the template engine; abbreviate_html only
        # inserts <abbr> elements with an escaped title, so the result stays safe.
        return mark_safe(abbreviate_html(content, terms))


@register.tag("abbreviations")
def abbreviations(parser, token) -> AbbreviationsNode:
    bits = token.split_contents()
    if len(bits) != 1:
        raise template.TemplateSyntaxError(f"'{bits[0]}' takes no arguments")
    nodelist = parser.parse(("endabbreviations",))
    parser.delete_first_token()
    return AbbreviationsNode(nodelist)
