"""StreamField blocks shared by every content type. Each block has its own template (in
templates/blocks/), a preview for the block picker and a description for editors."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from .constants import CalloutKind

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Subheading (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Werkwijze van de regisseur", "level": "h2"}
        description = _("A heading that structures the page and appears in its outline.")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"
        preview_value = (
            "<p>De regisseur houdt overzicht over het netwerk rond een persoon en zorgt dat "
            "partners hun afspraken nakomen.</p>"
        )
        description = _("Formatted text with links, lists and subheadings.")


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure_block.html"
        description = _("An image with alternative text and an optional caption.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "blocks/document_link_block.html"
        description = _("A download link to a document, with its file type and size.")


class VideoEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Embed URL"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "blocks/embed_block.html"
        description = _("A video or other media from an approved internal source, by URL.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"), choices=CalloutKind.choices, default=CalloutKind.INFO
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout_block.html"
        preview_value = {
            "kind": CalloutKind.TIP,
            "title": "Let op",
            "text": "<p>Deel nooit persoonsgegevens in een geleerde les.</p>",
        }
        description = _("A highlighted box for a tip, a warning or key information.")


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = ParagraphBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question and answer")


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion / FAQ")
        template = "blocks/accordion_block.html"
        preview_value = {
            "title": "Veelgestelde vragen",
            "items": [
                {
                    "question": "Wat is een casusoverleg?",
                    "answer": "<p>Een overleg van de partners rond één persoon.</p>",
                },
                {
                    "question": "Wie zit het overleg voor?",
                    "answer": "<p>De regisseur van de persoon.</p>",
                },
            ],
        }
        description = _("Questions with answers that open and close, for FAQs.")


class ContentStreamBlock(blocks.StreamBlock):
    """The body of a standard page; later content types reuse and extend it."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    document = DocumentLinkBlock()
    embed = VideoEmbedBlock()
    callout = CalloutBlock()
    accordion = AccordionBlock()
