"""Virus scanning of uploads by ClamAV's daemon (clamd), through clamav-client.

Every uploaded document and image is streamed to clamd (INSTREAM) before it is saved. Where the
daemon listens is `CLAMAV_URL`: `tcp://host:port` or `unix:///path/to/clamd.ctl` (Debian's
package listens on `/var/run/clamav/clamd.ctl`). When the daemon cannot be reached or does not
answer, `CLAMAV_REQUIRED` decides: on (the default in production) the upload is refused, off
(development without a scanner) it is accepted unscanned with a warning in the log. The health
check reports the scanner (`/healthz`: "virus_scanner")."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urlparse

from clamav_client.clamd import ClamdError, ClamdNetworkSocket, ClamdUnixSocket
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScanVerdict:
    clean: bool | None  # None: not scanned (no scanner configured, or it did not answer)
    signature: str = ""  # the name of what clamd found
    problem: str = ""  # why it was not scanned, for the log


def scanner_configured() -> bool:
    return bool(getattr(settings, "CLAMAV_URL", ""))


def scanner_required() -> bool:
    return bool(getattr(settings, "CLAMAV_REQUIRED", False))


def _client() -> ClamdNetworkSocket:
    address = settings.CLAMAV_URL
    timeout = float(getattr(settings, "CLAMAV_TIMEOUT", 60))
    parsed = urlparse(address)
    if parsed.scheme == "tcp" and parsed.hostname and parsed.port:
        return ClamdNetworkSocket(host=parsed.hostname, port=parsed.port, timeout=timeout)
    if parsed.scheme == "unix" and parsed.path:
        return ClamdUnixSocket(path=parsed.path, timeout=int(timeout))
    if address.startswith("/"):
        return ClamdUnixSocket(path=address, timeout=int(timeout))
    raise ImproperlyConfigured(
        f"CLAMAV_URL must be tcp://host:port or unix:///path/to/clamd.ctl, not {address!r}"
    )


def scan_upload(uploaded_file) -> ScanVerdict:
    """Stream the file to clamd. The file is rewound afterwards, so it can still be saved."""
    if not scanner_configured():
        return ScanVerdict(clean=None, problem="no virus scanner configured (CLAMAV_URL)")
    uploaded_file.seek(0)
    try:
        report = _client().instream(uploaded_file)
    except (ClamdError, OSError) as error:
        return ScanVerdict(clean=None, problem=str(error) or type(error).__name__)
    finally:
        uploaded_file.seek(0)
    status, signature = report.get("stream", ("ERROR", "no answer"))
    if status == "FOUND":
        return ScanVerdict(clean=False, signature=signature or "")
    if status == "OK":
        return ScanVerdict(clean=True)
    # An ERROR from clamd (e.g. the stream exceeds its StreamMaxLength) means: not scanned.
    return ScanVerdict(clean=None, problem=f"clamd: {signature}")


def scanner_health() -> str:
    """ "ok" when clamd answers; without it uploads are refused (or, when the scanner is not
    required, accepted unscanned) while everything else keeps working: "degraded", not down."""
    if not scanner_configured():
        return "degraded" if scanner_required() else "not configured"
    try:
        answer = _client().ping()
    except (ClamdError, OSError):
        return "degraded"
    return "ok" if answer.strip() == "PONG" else "degraded"
