"""Content similar to a text being written, for domain apps that cannot import search (a
colleague typing a new knelpunt sees the ones that exist). The search app registers with the
`register_similar_content` hook a function returning the finder: a function of (text=,
model=, user=, limit=) returning the ids of live pages of that model, most similar first,
only pages the user may see. Without a finder, nothing is similar."""

from wagtail import hooks


def similar_page_ids(*, text: str, model, user, limit: int = 5) -> list[int]:
    text = (text or "").strip()[:2000]
    if not text:
        return []
    for finder_for in hooks.get_hooks("register_similar_content"):
        return list(finder_for()(text=text, model=model, user=user, limit=limit))
    return []
