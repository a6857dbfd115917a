"""Blocks of the children's voice pages. Shared blocks come from home.blocks."""

from wagtail import blocks

from home.blocks import BaseStreamBlock

COMPONENTS = "components/feedback/"


class YouSaidWeDidBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text="A short name for this pair, for example 'Relationships'.")
    you_said = blocks.RichTextBlock(features=["bold", "link", "ul"], help_text="What young people told us.")
    we_did = blocks.RichTextBlock(features=["bold", "link", "ul"], help_text="What the board did about it.")

    class Meta:
        icon = "openquote"
        group = "Children's voice"
        template = COMPONENTS + "you_said_we_did.html"
        description = "What young people raised, paired with what the board did about it"
        preview_value = {
            "heading": "Relationships",
            "you_said": "<p>Some of you told us what you thought was normal in relationships.</p>",
            "we_did": "<p>We worked with a drama company to show what domestic abuse can look like.</p>",
        }


class YouSaidWeDidStreamBlock(BaseStreamBlock):
    you_said_we_did = YouSaidWeDidBlock()
