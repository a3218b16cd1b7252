from .pages import Lesson, TrainingIndexPage, TrainingModule
from .progress import (
    Certificate,
    KnowledgeCheckResult,
    LessonCompletion,
    ModuleEnrolment,
    ReflectionAnswer,
)

__all__ = [
    "Certificate",
    "KnowledgeCheckResult",
    "Lesson",
    "LessonCompletion",
    "ModuleEnrolment",
    "ReflectionAnswer",
    "TrainingIndexPage",
    "TrainingModule",
]
