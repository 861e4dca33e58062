"""StreamField blocks shared by every app's pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from core.document_languages import LANGUAGES

HEADING_LEVELS = [
    ("h2", _("Heading level 2")),
    ("h3", _("Heading level 3")),
    ("h4", _("Heading level 4")),
]
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; its level keeps the page outline in order for screen readers."""

    text = blocks.CharBlock(label=_("Text"), help_text=_("Short heading of a section."))
    level = blocks.ChoiceBlock(
        choices=HEADING_LEVELS,
        default="h2",
        label=_("Level"),
        help_text=_("Level 2 for main sections, 3 and 4 for their subsections."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    """An image with the alternative text a blind reader hears, which editors must give."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, label=_("Caption"), help_text=_("Shown under the image."))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    author = blocks.CharBlock(required=False, label=_("Author"), help_text=_("Who said it (optional)."))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A download link that states the file's type and size before the visitor clicks, and its
    language when the document is not in the page's language."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        label=_("Link text"),
        help_text=_("Leave empty to use the document's title."),
    )
    language = blocks.ChoiceBlock(
        choices=LANGUAGES,
        required=False,
        label=_("Language of the document"),
        help_text=_(
            "Choose it when the document is in one language only: pages in other languages, "
            "translations of this one among them, then say which language it is in."
        ),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "blocks/document_link.html"


class CallToActionBlock(blocks.StructBlock):
    """A prominent link to one page or address; exactly one of the two is used."""

    text = blocks.CharBlock(label=_("Button text"), max_length=80)
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Web address"), help_text=_("Used when no page is chosen."))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter a web address, not both."))}
            )
        return value


class BaseContentBlock(blocks.StreamBlock):
    """The blocks that may stand inside a column as well as in the body."""

    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Text"), template="blocks/paragraph.html"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()


class TwoColumnBlock(blocks.StructBlock):
    """Two columns side by side on wide screens, one after the other on phones."""

    left = BaseContentBlock(label=_("Left column"))
    right = BaseContentBlock(label=_("Right column"))

    class Meta:
        icon = "grip"
        label = _("Two columns")
        template = "blocks/two_columns.html"


class BodyBlock(BaseContentBlock):
    """The body of standard pages, stories and materials."""

    heading = HeadingBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        help_text=_("Address of a video, e.g. on YouTube or Vimeo."),
        template="blocks/embed.html",
    )
    table = TableBlock(label=_("Table"), template="blocks/table.html")
    two_columns = TwoColumnBlock()
