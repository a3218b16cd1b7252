"""The sections of the personal start page. Apps add a section by registering a function with
the `register_home_section` Wagtail hook; it gets the request and returns a HomeSection (or None
to stay hidden). The portal itself cannot import the training or themes apps."""

from dataclasses import dataclass, field

from wagtail import hooks


@dataclass
class HomeSection:
    title: str
    template: str
    order: int = 100
    context: dict = field(default_factory=dict)


def home_sections(request) -> list[HomeSection]:
    sections = []
    for section_for in hooks.get_hooks("register_home_section"):
        section = section_for(request)
        if section is not None:
            sections.append(section)
    return sorted(sections, key=lambda section: section.order)
