"""The main sections in the header. An app adds a section by registering a function with the
`register_main_navigation` Wagtail hook that returns a NavigationItem; the portal never imports
the apps that fill it."""

from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class NavigationItem:
    title: str
    url: str
    order: int = 100

    def is_current_for(self, path: str) -> bool:
        if self.url == "/":
            return path == "/"
        return path.startswith(self.url)


def main_navigation(request) -> list[dict]:
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return []
    items = sorted(
        (item_for() for item_for in hooks.get_hooks("register_main_navigation")),
        key=lambda item: item.order,
    )
    return [{"item": item, "current": item.is_current_for(request.path)} for item in items]
