# ChainPartner moved to portal (the shared vocabulary of lessons learned and the partner
# directory); this name keeps older imports working.
from portal.models import ChainPartner

__all__ = ["ChainPartner"]
