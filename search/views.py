from urllib.parse import quote

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from portal.access import rate_limit

from .forms import SearchForm
from .selectors import glossary_matches, search_pages, title_suggestions


@require_GET
@rate_limit(group="search", rate_setting="SEARCH_RATE_LIMIT")
def search(request):
    form = SearchForm(request.GET)
    search_request = form.search_request()
    results = None
    glossary = []
    if search_request.query or search_request.filters:
        results = search_pages(request=search_request, user=request.user)
        # The entries the query names, unless they are among the results already.
        shown = {hit.object for hit in results.hits if hit.object is not None}
        glossary = [
            entry for entry in glossary_matches(query=search_request.query) if entry not in shown
        ]
    paginator = page_obj = None
    if results is not None and results.total:
        # A Paginator over the total only drives the page links; the hits are already the page.
        paginator = Paginator(range(results.total), search_request.page_size)
        page_obj = paginator.get_page(search_request.page)
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "search_request": search_request,
            "results": results,
            "notices": form.notices,
            "glossary": glossary,
            "page_obj": page_obj,
            "query_without_page": _query_without(request, "pagina"),
            "literal_query": quote(search_request.query),
        },
    )


@require_GET
@rate_limit(group="search_suggestions", rate_setting="SEARCH_SUGGESTIONS_RATE_LIMIT")
def suggestions(request):
    prefix = str(request.GET.get("q", "")).replace("\x00", "")
    return JsonResponse(title_suggestions(prefix=prefix, user=request.user))


def _query_without(request, *params) -> str:
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    return query.urlencode()
