"""The blocks a lesson adds to the portal's shared ones: video (embedded or an uploaded file),
a case study, a reflection question and a knowledge check. Answers to reflections and checks
are stored per block id (a StreamField block's stable uuid), so editing the lesson keeps them."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from portal.blocks import ContentStreamBlock, ParagraphBlock


class VideoBlock(blocks.StructBlock):
    embed = EmbedBlock(
        label=_("Embed URL"),
        required=False,
        help_text=_("A video from an approved internal source, by URL."),
    )
    file = DocumentChooserBlock(
        label=_("Uploaded video"),
        required=False,
        help_text=_("Or an uploaded video file (for example an MP4 recording)."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    transcript = ParagraphBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "training/blocks/video_block.html"
        description = _("A video, embedded by URL or uploaded as a file, with a transcript.")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("embed")) == bool(value.get("file")):
            message = _("Choose either an embed URL or an uploaded file.")
            raise StructBlockValidationError(block_errors={"embed": ValidationError(message)})
        return value


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    situation = ParagraphBlock(
        label=_("Situation"),
        help_text=_("A made-up situation: never describe a real person or family."),
    )
    questions = ParagraphBlock(label=_("Questions to consider"), required=False)
    approach = ParagraphBlock(
        label=_("A possible approach"),
        required=False,
        help_text=_("Shown folded, so the learner thinks first."),
    )

    class Meta:
        icon = "group"
        label = _("Case study")
        template = "training/blocks/case_study_block.html"
        preview_value = {
            "title": "Casus: een netwerk zonder regie",
            "situation": "<p>Een jongere heeft vijf hulpverleners, maar niemand houdt overzicht."
            "</p>",
        }
        description = _("A made-up case (casus) with questions and a possible approach.")


class ReflectionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=500)
    guidance = blocks.TextBlock(label=_("Guidance"), required=False, max_length=1000)

    class Meta:
        icon = "edit"
        label = _("Reflection question")
        template = "training/blocks/reflection_block.html"
        description = _(
            "A question the learner answers in their own words; the answer is visible only to them."
        )


class AnswerOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=500)
    is_correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"),
        required=False,
        max_length=1000,
        help_text=_("Shown after submitting, to learners who chose this answer."),
    )

    class Meta:
        icon = "tick"
        label = _("Answer")


class KnowledgeCheckBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=500)
    answers = blocks.ListBlock(AnswerOptionBlock(), label=_("Answers"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Knowledge check")
        template = "training/blocks/knowledge_check_block.html"
        description = _(
            "A multiple-choice question with one or more correct answers, checked on the server."
        )

    def clean(self, value):
        value = super().clean(value)
        if not any(answer["is_correct"] for answer in value["answers"]):
            message = _("Mark at least one answer as correct.")
            raise StructBlockValidationError(block_errors={"answers": ValidationError(message)})
        return value


class LessonStreamBlock(ContentStreamBlock):
    """The body of a lesson: everything a standard page has, plus learning blocks."""

    video = VideoBlock()
    case_study = CaseStudyBlock()
    reflection = ReflectionBlock()
    knowledge_check = KnowledgeCheckBlock()
