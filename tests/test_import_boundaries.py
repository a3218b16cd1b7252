"""Imports flow portal <- training, themes, people, questions <- search: the apps that search
builds on extend it through Wagtail hooks (e.g. register_knowledge_page_section), never by
importing it; domain apps never import each other."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "portal": {"training", "themes", "people", "questions", "search", "notifications", "calendars"},
    "training": {"themes", "people", "questions", "search", "notifications", "calendars"},
    "themes": {"training", "people", "questions", "search", "notifications", "calendars"},
    "people": {"training", "themes", "questions", "search", "notifications", "calendars"},
    "questions": {"training", "themes", "people", "search", "notifications", "calendars"},
}


def imported_apps(path: Path) -> set[str]:
    apps = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            apps.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            apps.add(node.module.split(".")[0])
    return apps


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_app_does_not_import_what_builds_on_it(app):
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_apps(path) & FORBIDDEN[app])
        for path in (ROOT / app).rglob("*.py")
        if imported_apps(path) & FORBIDDEN[app]
    }
    assert offenders == {}
