from .glossary import GlossaryEntry
from .knowledge import Audience, KnowledgePage, KnowledgePageTag, default_review_date
from .pages import HomePage, OnboardingPage, ProgrammeIndexPage, ProgrammePage, StandardPage
from .partners import ChainPartner
from .programmes import Programme

__all__ = [
    "Audience",
    "ChainPartner",
    "GlossaryEntry",
    "HomePage",
    "KnowledgePage",
    "KnowledgePageTag",
    "OnboardingPage",
    "Programme",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "StandardPage",
    "default_review_date",
]
