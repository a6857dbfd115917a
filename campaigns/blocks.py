"""Blocks that only campaign pages use. Shared blocks live in home.blocks."""

from wagtail import blocks

COMPONENTS = "components/campaigns/"


class KeyMessageBlock(blocks.StructBlock):
    """One step or message, e.g. of safer sleep: a short heading and one sentence."""

    heading = blocks.CharBlock(max_length=80, help_text="A few words, e.g. 'Back to sleep'.")
    text = blocks.TextBlock(max_length=280, help_text="One plain sentence that explains it.")

    class Meta:
        icon = "list-ol"
        group = "Campaign"
        template = COMPONENTS + "key_message.html"
        description = "One key message of the campaign, shown as a numbered step"
        preview_value = {
            "heading": "Back to sleep",
            "text": "Always put your baby down to sleep on their back, in their own cot or Moses basket.",
        }


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, help_text="e.g. Child Death Overview Panel (CDOP)")
    role = blocks.CharBlock(required=False, max_length=200, help_text="What they did in the campaign.")
    url = blocks.URLBlock(required=False, label="Website")

    class Meta:
        icon = "group"
        group = "Campaign"
        template = COMPONENTS + "partner.html"
        description = "An organisation that runs or supports the campaign"
        preview_value = {"name": "Child Death Overview Panel", "role": "Leads the safe-sleeping campaign"}
