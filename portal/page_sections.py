"""Sections under every knowledge page, whatever its type. Apps add one by registering a
function with the `register_knowledge_page_section` Wagtail hook; it gets the page and the
request and returns a KnowledgePageSection (or None to stay hidden, so that no empty heading is
shown). `KnowledgePage.get_context` collects them and `base.html` renders them below the page's
own content, so every knowledge page type, including types added later, shows them without its
app or template knowing the apps that fill them (the portal cannot import search)."""

from dataclasses import dataclass, field

from wagtail import hooks


@dataclass
class KnowledgePageSection:
    title: str
    template: str  # renders the body; portal renders the heading, see base.html
    order: int = 100
    context: dict = field(default_factory=dict)


def knowledge_page_sections(*, page, request) -> list[KnowledgePageSection]:
    sections = []
    for section_for in hooks.get_hooks("register_knowledge_page_section"):
        section = section_for(page, request)
        if section is not None:
            sections.append(section)
    return sorted(sections, key=lambda section: section.order)


def tag_page_sections(*, tag, request) -> list[KnowledgePageSection]:
    """The same for a theme page (/themas/<tag>/): functions registered with
    `register_tag_page_section` get the tag and the request."""
    sections = []
    for section_for in hooks.get_hooks("register_tag_page_section"):
        section = section_for(tag, request)
        if section is not None:
            sections.append(section)
    return sorted(sections, key=lambda section: section.order)
