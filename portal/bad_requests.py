"""Requests the portal cannot read get a Dutch 400 page instead of a server error.

Two classes of bad request reach code that was never meant to see them:

- NUL characters in the address or in submitted form fields. No text a person types contains
  one, PostgreSQL refuses to store or even compare them ("text fields cannot contain NUL"), and
  every view that passes a query parameter to the database would answer 500. They are refused
  before any view runs.
- Form data that a widget cannot decode: Wagtail's widgets parse what their own JavaScript
  posts (rich text as Draftail JSON, StreamField as counted, numbered fields) and raise on
  anything else (``JSONDecodeError``, ``KeyError: 'body-count'``, ``int('abc')``). Django's
  contract is that ``Widget.value_from_datadict`` reads the submission; an exception raised
  while it runs means the submission is malformed, not that the server is broken. The same
  holds for a view reading a required field that is not there (``MultiValueDictKeyError``).

Nothing is saved from such a request, so nothing already saved is lost.
"""

import logging

from django.core.exceptions import BadRequest
from django.utils.datastructures import MultiValueDictKeyError
from django.views.defaults import bad_request

logger = logging.getLogger(__name__)

NUL = "\x00"
# Django parses only these bodies into request.POST; reading it for others would be pointless,
# and for a raw body the view still wants to read itself, harmful.
FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def contains_nul(request) -> bool:
    if NUL in request.path_info:
        return True
    if _has_nul(request.GET):
        return True
    return (
        request.method == "POST"
        and request.content_type in FORM_CONTENT_TYPES
        and _has_nul(request.POST)
    )


def _has_nul(query_dict) -> bool:
    return any(
        NUL in key or any(NUL in value for value in values) for key, values in query_dict.lists()
    )


def raised_while_reading_form_data(exception: BaseException) -> bool:
    traceback = exception.__traceback__
    while traceback is not None:
        if traceback.tb_frame.f_code.co_name == "value_from_datadict":
            return True
        traceback = traceback.tb_next
    return False


class BadRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if contains_nul(request):
            logger.warning("Refused a request with a NUL character: %s", request.path_info[:200])
            return bad_request(request, BadRequest("NUL character in the request"))
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, MultiValueDictKeyError) or raised_while_reading_form_data(
            exception
        ):
            logger.warning(
                "Refused malformed form data on %s: %s: %s",
                request.path_info[:200],
                type(exception).__name__,
                str(exception)[:200],
            )
            return bad_request(request, BadRequest(str(exception)))
        return None
