from .ledger import AdoptionDecision
from .pages import Lesson, TrainingIndexPage, TrainingModule
from .paths import GroupMembership, LearningPath, LearningPathModule, LearningPathRequirement
from .progress import (
    Certificate,
    KnowledgeCheckResult,
    LessonCompletion,
    ModuleEnrolment,
    ReflectionAnswer,
)
from .versions import ModuleVersion

__all__ = [
    "AdoptionDecision",
    "Certificate",
    "GroupMembership",
    "KnowledgeCheckResult",
    "LearningPath",
    "LearningPathModule",
    "LearningPathRequirement",
    "Lesson",
    "LessonCompletion",
    "ModuleEnrolment",
    "ModuleVersion",
    "ReflectionAnswer",
    "TrainingIndexPage",
    "TrainingModule",
]
