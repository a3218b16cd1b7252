"""Pages for a logged-in reader are personal (their progress, their name in the header): a
shared cache between the portal and the browser (a proxy) must not keep them, the browser
itself may. Responses that set their own Cache-Control (files, the admin) keep it."""

from django.utils.cache import patch_cache_control


class PrivateCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response
