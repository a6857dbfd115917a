"""Other formats of any page: an easy-read version and a British Sign Language video with captions.

A record beside the page (keyed by it) rather than fields on every page type: every page type gets
it without a migration of home's models, and base.html shows it on every page. The video is a
Wagtail document played by the browser's own player (<video> with a captions <track>): no
third-party player and no request to anyone else.
"""

import os

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents import get_document_model_string

VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm"}


def extension_of(document):
    return os.path.splitext(document.file.name)[1].lower().lstrip(".")


def video_problem(document):
    """Why this document cannot be played as a video, or None (the content check is the upload's)."""
    from kscb_site import uploads  # it imports Wagtail's document forms, which need the models loaded

    extension = extension_of(document)
    if extension not in uploads.VIDEO_CONTENT:
        return f"The BSL video must be an MP4 or WebM file; '{document.title}' is a .{extension or '?'} file."
    with document.file.open("rb") as file:
        return uploads.video_problem(document.title, extension, file)


def captions_problem(document):
    """Why this document is not a WebVTT captions file, or None (the content check is the upload's)."""
    from kscb_site import uploads

    extension = extension_of(document)
    if extension != "vtt":
        return f"Captions must be a WebVTT file (.vtt); '{document.title}' is a .{extension or '?'} file."
    with document.file.open("rb") as file:
        return uploads.captions_problem(document.title, file)


class OtherFormats(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="other_formats",
        help_text="The page these formats are for. Each translation of a page has its own.",
    )
    easy_read_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="easy-read version",
        help_text="A page saying the same in easy read: short sentences, with pictures.",
    )
    bsl_video = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="British Sign Language video",
        help_text="An MP4 or WebM video uploaded to Documents. It plays on this site: no outside player.",
    )
    bsl_captions = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="captions for the video",
        help_text="A WebVTT (.vtt) file uploaded to Documents. Required with a video.",
    )
    bsl_description = models.CharField(
        "what the video says",
        max_length=200,
        blank=True,
        help_text="One line shown above the video, e.g. 'This page in British Sign Language, with captions.'",
    )

    panels = [
        FieldPanel("page"),
        FieldPanel("easy_read_page"),
        MultiFieldPanel(
            [FieldPanel("bsl_video"), FieldPanel("bsl_captions"), FieldPanel("bsl_description")],
            heading="British Sign Language",
        ),
    ]

    class Meta:
        verbose_name = "other formats"
        verbose_name_plural = "other formats"

    def __str__(self):
        return f"Other formats of '{self.page.title}'" if self.page_id else "Other formats"

    @property
    def video_type(self):
        return VIDEO_TYPES.get(extension_of(self.bsl_video)) if self.bsl_video else None

    def clean(self):
        errors = {}
        if not (self.easy_read_page_id or self.bsl_video_id):
            errors["easy_read_page"] = "Choose an easy-read version, a British Sign Language video, or both."
        if self.bsl_video_id and not self.bsl_captions_id:
            errors["bsl_captions"] = "A video needs captions, so that readers who do not sign can follow it too."
        if self.bsl_captions_id and not self.bsl_video_id:
            errors["bsl_video"] = "Choose the video these captions belong to."
        if self.bsl_video_id and (problem := video_problem(self.bsl_video)):
            errors["bsl_video"] = problem
        if self.bsl_captions_id and (problem := captions_problem(self.bsl_captions)):
            errors["bsl_captions"] = problem
        if self.easy_read_page_id and self.easy_read_page_id == self.page_id:
            errors["easy_read_page"] = "The easy-read version must be another page."
        if errors:
            raise ValidationError(errors)
