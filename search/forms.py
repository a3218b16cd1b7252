from django import forms
from django.utils.translation import gettext_lazy as _

from .registry import extra_facets
from .results import MAX_FILTER_VALUES, MAX_QUERY_LENGTH, SearchRequest

MAX_PAGE = 500


class SearchForm(forms.Form):
    """Reads /zoeken/?q=&programma=&type=&tag=&jaar=&sorteer=&pagina=&letterlijk= forgivingly:
    whatever arrives gives a normal answer, and a message says what was changed."""

    q = forms.CharField(required=False, strip=True, label=_("Search for"))
    sorteer = forms.ChoiceField(
        required=False,
        choices=[("relevantie", _("Relevance")), ("datum", _("Date (newest first)"))],
        label=_("Sort by"),
    )
    pagina = forms.IntegerField(required=False, min_value=1)

    def __init__(self, data, *args, **kwargs):
        self.notices: list[str] = []
        super().__init__(data, *args, **kwargs)

    def search_request(self) -> SearchRequest:
        data = self.data
        query = str(data.get("q", "")).replace("\x00", " ").strip()
        if len(query) > MAX_QUERY_LENGTH:
            query = query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or query[:MAX_QUERY_LENGTH]
            self.notices.append(
                _("Your search was long; only its first %(count)s characters were used.")
                % {"count": MAX_QUERY_LENGTH}
            )
        sort = data.get("sorteer") if data.get("sorteer") in ("relevantie", "datum") else ""
        try:
            page = min(max(int(data.get("pagina") or 1), 1), MAX_PAGE)
        except (TypeError, ValueError):
            page = 1
        params = ["programma", "type", "tag", "jaar", *(facet.param for facet in extra_facets())]
        filters = {}
        for param in params:
            values = [value.replace("\x00", "").strip()[:100] for value in data.getlist(param)][
                :MAX_FILTER_VALUES
            ]
            values = [value for value in values if value]
            if param == "jaar":
                values = [value for value in values if value.isdigit() and len(value) == 4]
            if values:
                filters[param] = list(dict.fromkeys(values))
        return SearchRequest(
            query=query,
            filters=filters,
            sort=sort or "relevantie",
            page=page,
            literal=data.get("letterlijk") == "1",
        )
