"""Uploaded files: where they are stored and the only way images reach a browser.

Nothing under MEDIA_ROOT is served as it lies on disk. Documents go through Wagtail's document
view (/documents/<id>/<name>: collection view restrictions, the document_served signal,
attachment headers); original images are never served; image renditions, which `{% image %}`
points at under MEDIA_URL, go through `serve_rendition`, which checks the login and the view
restrictions of the image's collection.

Why not Wagtail's image serve view (wagtail.images.views.serve): it authorises by a signature
in the URL alone, so whoever holds a rendition URL has the image forever, it checks no
collection restriction, it renders renditions on request, and templates would have to change
from `{% image %}` to `{% image_url %}`. Renditions are made when a page renders anyway; the
view below only looks up an existing one and checks who asks."""

import mimetypes
import posixpath
import secrets

from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.images import get_image_model

from .access import access_denied_response, restriction_denied, unmet_restriction

# 96 bits: not guessable, and short enough to leave room for the readable name in Wagtail's
# 100-character file fields.
TOKEN_BYTES = 12


class UnguessableNameStorage(FileSystemStorage):
    """Stores every new upload in a folder with a random name (`documents/<token>/report.pdf`),
    so a file's location cannot be derived from its title or file name. The file's own name and
    extension stay as uploaded: Wagtail uses it for the download name and the document URL.
    Files stored before keep their names and keep working."""

    def generate_filename(self, filename):
        directory, name = posixpath.split(str(filename).replace("\\", "/"))
        token = secrets.token_urlsafe(TOKEN_BYTES)
        return super().generate_filename(posixpath.join(directory, token, name))


@require_safe
def serve_rendition(request, name):
    """An image rendition by its storage name (what `{% image %}` links to), for a logged-in
    user (LoginRequiredMiddleware) who meets the view restrictions of the image's collection.
    Originals and documents under MEDIA_ROOT are not renditions, so they answer 404."""
    # Imported here: this module also holds the storage class, which Django loads before the
    # models are ready.
    from .choosers import collections_user_manages

    rendition_model = get_image_model().get_rendition_model()
    rendition = (
        rendition_model.objects.select_related("image__collection")
        .filter(file=f"images/{name}")
        .first()
    )
    if rendition is None:
        raise Http404
    image = rendition.image
    restriction = unmet_restriction(image.collection.get_view_restrictions(), request)
    # Who manages the collection sees its thumbnails in the admin, group or not.
    if restriction is not None and image.collection_id not in collections_user_manages(
        request.user, type(image)
    ):
        return access_denied_response(
            request,
            restriction_denied(restriction, _("the image “%(title)s”") % {"title": image.title}),
        )
    try:
        file = rendition.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    content_type = mimetypes.guess_type(rendition.file.name)[0] or "application/octet-stream"
    response = FileResponse(file, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    # Shown on pages behind the login: the browser may keep it, a shared cache may not.
    response["Cache-Control"] = "private, max-age=3600"
    return response
