from .lessons import AttachmentsBlock, FollowUpStatusChange, LessonIndexPage, LessonLearned
from .moderation import ProgrammeApprovalTask
from .partners import ChainPartner

__all__ = [
    "AttachmentsBlock",
    "ChainPartner",
    "FollowUpStatusChange",
    "LessonIndexPage",
    "LessonLearned",
    "ProgrammeApprovalTask",
]
