"""What whoever verifies a certificate code is told: whether the certificate is valid, until
when, whether it expired, whether a substantive new version of the module outdated it, and,
for a certificate that was renewed, that a newer one replaced it and how the holder's current
certificate stands. At most three queries: the certificate, the holder's current one (only
for a renewed certificate) and the newest substantive version since the one that counts."""

from dataclasses import dataclass

from . import selectors
from .constants import ChangeKind
from .models import Certificate, ModuleVersion


class CertificateState:
    """How one certificate stands today, in the order the verifier is told."""

    VALID = "valid"
    EXPIRED = "expired"
    # A substantive version appeared after it was issued: valid for the version it names,
    # but the holder has not redone the changed lessons (their completion is outdated).
    OUTDATED = "outdated"
    # Renewed: a newer certificate of the same learner and module replaced it.
    SUPERSEDED = "superseded"


@dataclass(frozen=True)
class CertificateStanding:
    certificate: Certificate
    # The newest substantive version of the module published after the certificate was
    # issued, for a certificate that is current; None when there is none.
    outdated_by: ModuleVersion | None = None

    @property
    def state(self) -> str:
        if self.certificate.superseded_at is not None:
            return CertificateState.SUPERSEDED
        if self.certificate.is_expired:
            return CertificateState.EXPIRED
        if self.outdated_by is not None:
            return CertificateState.OUTDATED
        return CertificateState.VALID


@dataclass(frozen=True)
class CertificateVerification:
    """The certificate the code names and, when it was renewed, the holder's current
    certificate of the same module (None when the module no longer exists)."""

    verified: CertificateStanding
    current: CertificateStanding | None = None

    @property
    def certificate(self) -> Certificate:
        return self.verified.certificate

    @property
    def replaced_on(self):
        """When the newer certificate was issued (when this one was renewed)."""
        if self.current is not None:
            return self.current.certificate.issued_at
        return self.certificate.superseded_at


def newest_substantive_version_since(certificate: Certificate) -> ModuleVersion | None:
    if certificate.module_id is None:
        return None
    return (
        ModuleVersion.objects.filter(
            module_id=certificate.module_id,
            kind=ChangeKind.SUBSTANTIVE,
            published_at__gt=certificate.issued_at,
        )
        .order_by("-published_at", "-pk")
        .first()
    )


def standing_of(certificate: Certificate) -> CertificateStanding:
    if certificate.superseded_at is not None or certificate.is_expired:
        return CertificateStanding(certificate)
    return CertificateStanding(certificate, newest_substantive_version_since(certificate))


def certificate_verification(*, code: str) -> CertificateVerification | None:
    """The verification of a code as typed (case, spaces and dashes ignored); None: no
    certificate with that code was issued."""
    certificate = selectors.certificate_by_code(code=code)
    if certificate is None:
        return None
    if certificate.superseded_at is None or certificate.module_id is None:
        return CertificateVerification(standing_of(certificate))
    current = (
        Certificate.objects.filter(
            user_id=certificate.user_id,
            module_id=certificate.module_id,
            superseded_at__isnull=True,
        )
        .select_related("module")
        .first()
    )
    return CertificateVerification(
        CertificateStanding(certificate), standing_of(current) if current else None
    )
