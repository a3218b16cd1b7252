from .closed_loop import EscalationLevel, EscalationStep, LessonChangedPage
from .lessons import AttachmentsBlock, FollowUpStatusChange, LessonIndexPage, LessonLearned
from .meetings import (
    AgendaBlock,
    MeetingIndexPage,
    MeetingRegistration,
    MeetingSpeaker,
    ThemeMeeting,
)
from .merges import MergeProposal
from .moderation import ProgrammeApprovalTask
from .partners import ChainPartner
from .sightings import ProgrammeSighting

__all__ = [
    "AttachmentsBlock",
    "ChainPartner",
    "EscalationLevel",
    "EscalationStep",
    "LessonChangedPage",
    "FollowUpStatusChange",
    "LessonIndexPage",
    "LessonLearned",
    "AgendaBlock",
    "MeetingIndexPage",
    "MeetingRegistration",
    "MeetingSpeaker",
    "MergeProposal",
    "ThemeMeeting",
    "ProgrammeApprovalTask",
    "ProgrammeSighting",
]
