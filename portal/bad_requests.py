"""Requests the portal cannot read get a Dutch 400 page instead of a server error.

These classes of bad request reach code that was never meant to see them:

- NUL characters in the address or in submitted form fields. No text a person types contains
  one, PostgreSQL refuses to store or even compare them ("text fields cannot contain NUL"), and
  every view that passes a query parameter to the database would answer 500. They are refused
  before any view runs, as is an address longer than any the portal has.
- Form data that a widget cannot decode: Wagtail's widgets parse what their own JavaScript
  posts (rich text as Draftail JSON, StreamField as counted, numbered fields) and raise on
  anything else (``JSONDecodeError``, ``KeyError: 'body-count'``, ``int('abc')``). Django's
  contract is that ``Widget.value_from_datadict`` reads the submission; an exception raised
  while it runs means the submission is malformed, not that the server is broken. The same
  holds for a view reading a required field that is not there (``MultiValueDictKeyError``).
- A number in the address beyond what the database can store (``/voortgang/les/99999999999
  999999999999/``): Django's ``int`` converter accepts any length, and SQLite's driver raises
  ``OverflowError`` for an id past 64 bits (PostgreSQL simply finds no row).

Nothing is saved from such a request, so nothing already saved is lost.
"""

import logging

from django.core.exceptions import BadRequest
from django.utils.datastructures import MultiValueDictKeyError
from django.views.defaults import bad_request

logger = logging.getLogger(__name__)

NUL = "\x00"
# No address of the portal comes near this (slugs are at most 255 characters); longer ones
# only reach code that chokes on them (a file name too long for the file system).
MAX_PATH_LENGTH = 1024
# Django parses only these bodies into request.POST; reading it for others would be pointless,
# and for a raw body the view still wants to read itself, harmful.
FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def unreadable(request) -> bool:
    if NUL in request.path_info or len(request.path_info) > MAX_PATH_LENGTH:
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
        if unreadable(request):
            logger.warning("Refused an unreadable request: %r", request.path_info[:200])
            return bad_request(request, BadRequest("NUL character or overlong address"))
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(
            exception, (MultiValueDictKeyError, OverflowError)
        ) or raised_while_reading_form_data(exception):
            logger.warning(
                "Refused malformed form data on %s: %s: %s",
                request.path_info[:200],
                type(exception).__name__,
                str(exception)[:200],
            )
            return bad_request(request, BadRequest(str(exception)))
        return None
