"""The admin's page API (explorer menu, page chooser) without its two server errors.

- Wagtail runs its search filter before the admin's ``has_children`` and ``for_explorer``
  filters, which then call ``.filter()`` on search results that have none
  (``'PostgresSearchResults' object has no attribute 'filter'``). Searching last keeps every
  filter on a queryset.
- ``search_operator`` other than "and"/"or" reached the search backend, which raises
  ``ValueError``; it is a 400 like the API's other parameter errors.
"""

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.utils import BadRequestError

SEARCH_OPERATORS = {"and", "or"}


class CheckedSearchFilter(SearchFilter):
    def filter_queryset(self, request, queryset, view):
        operator = request.GET.get("search_operator")
        if "search" in request.GET and operator not in (None, *SEARCH_OPERATORS):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        return super().filter_queryset(request, queryset, view)


class PortalPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    filter_backends = [
        backend for backend in PagesAdminAPIViewSet.filter_backends if backend is not SearchFilter
    ] + [CheckedSearchFilter]
