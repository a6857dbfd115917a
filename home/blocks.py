"""Blocks shared by every page type. App blocks import these.

Each block has a template under templates/components/blocks/, an icon, a
group and a description so that editors can choose well.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

COMPONENTS = "components/blocks/"


class LinkValue(blocks.StructValue):
    @cached_property
    def href(self):
        if self.get("page"):
            return self["page"].url
        if self.get("document"):
            return self["document"].url
        return self.get("url") or ""

    @cached_property
    def text(self):
        if self.get("label"):
            return self["label"]
        target = self.get("page") or self.get("document")
        return target.title if target else self.get("url", "")


class LinkBlock(blocks.StructBlock):
    """A link to a page, a document or another site: exactly one of them."""

    label = blocks.CharBlock(required=False, help_text="Leave blank to use the page or document title.")
    page = blocks.PageChooserBlock(required=False)
    document = DocumentChooserBlock(required=False)
    url = blocks.URLBlock(required=False, label="External URL")

    class Meta:
        icon = "link"
        template = COMPONENTS + "link.html"
        description = "A link to a page, a document or another website"
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        chosen = [name for name in ("page", "document", "url") if value.get(name)]
        if len(chosen) != 1:
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError("Choose exactly one of a page, a document or an external URL.")}
            )
        if value.get("url") and not value.get("label"):
            raise blocks.StructBlockValidationError(
                block_errors={"label": ValidationError("An external link needs a label.")}
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(choices=[("h2", "Section heading"), ("h3", "Subheading")], default="h2")

    class Meta:
        icon = "title"
        group = "Text"
        template = COMPONENTS + "heading.html"
        description = "A heading that starts a section of the page"
        preview_value = {"text": "What we have done", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        group = "Text"
        template = COMPONENTS + "rich_text.html"
        description = "Paragraphs, lists and links"
        preview_value = "<p>Knowsley Safeguarding Children Board works so that children grow up safely.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe the image for someone who cannot see it. Required.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        group = "Media"
        template = COMPONENTS + "image.html"
        description = "An image with alternative text and an optional caption"


class CalloutBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        choices=[("info", "Information"), ("warning", "Warning: important safety information")],
        default="info",
    )
    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=["bold", "link", "ul"])

    class Meta:
        icon = "warning"
        group = "Text"
        template = COMPONENTS + "callout.html"
        description = "A highlighted panel for information or a safety warning"
        preview_value = {
            "style": "warning",
            "heading": "If a child is in immediate danger",
            "text": "<p>Call 999 now.</p>",
        }


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, help_text="Leave blank to use the document's title.")
    description = blocks.TextBlock(required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        group = "Media"
        template = COMPONENTS + "document_download.html"
        description = "A document to download, shown with its file type and size"


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    items = blocks.ListBlock(FAQItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        group = "Text"
        template = COMPONENTS + "accordion.html"
        description = "Questions and answers that open one at a time; works without JavaScript"
        preview_value = {
            "heading": "Questions",
            "items": [{"question": "What is the MASH?", "answer": "<p>The Multi-Agency Safeguarding Hub.</p>"}],
        }


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, help_text="Team or service, e.g. Knowsley MASH")
    description = blocks.TextBlock(required=False, max_length=300)
    phone = blocks.CharBlock(required=False, max_length=40)
    email = blocks.EmailBlock(required=False)
    hours = blocks.CharBlock(required=False, max_length=120, help_text="e.g. Monday to Friday, 9am to 5pm")
    address = blocks.TextBlock(required=False, max_length=300)

    class Meta:
        icon = "user"
        group = "Contact"
        template = COMPONENTS + "contact_card.html"
        description = "How to reach a team or service"
        preview_value = {"name": "Childline", "phone": "0800 1111", "hours": "Any time, day or night"}


class LinkListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    links = blocks.ListBlock(LinkBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        group = "Links"
        template = COMPONENTS + "link_list.html"
        description = "A list of links to pages, documents or other sites"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        group = "Text"
        template = COMPONENTS + "quote.html"
        description = "A quotation with who said it"
        preview_value = {
            "quote": "Children in Knowsley are able to grow up safely, be healthy and feel listened to.",
            "attribution": "KSCB business plan 2016/2018",
        }


class BaseStreamBlock(blocks.StreamBlock):
    """The body of most pages: every shared block."""

    heading = HeadingBlock()
    paragraph = RichTextBlock()
    image = ImageBlock()
    callout = CalloutBlock()
    document = DocumentDownloadBlock()
    accordion = AccordionBlock()
    contact = ContactCardBlock()
    links = LinkListBlock()
    quote = QuoteBlock()

    class Meta:
        template = COMPONENTS + "stream.html"
