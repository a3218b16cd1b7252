from .colleagues import ColleagueExpertiseTag, ColleagueProfile
from .directory import PartnerDirectoryEntry, RegieSpecialist

__all__ = [
    "ColleagueExpertiseTag",
    "ColleagueProfile",
    "PartnerDirectoryEntry",
    "RegieSpecialist",
]
