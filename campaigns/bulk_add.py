"""Add several assets at once: choose the files, the campaign and what they are, in one form.

Each file becomes a Wagtail document and an asset titled from its file name;
editors then refine titles and notes in the listing. Images need a description
each, so they are added one at a time.
"""

from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin import messages
from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail.utils.file import hash_filelike

from kscb_site.uploads import check_document_content

from .models import ASSET_KINDS, AUDIENCES, CampaignAsset, CampaignPage
from .models.assets import ALLOWED_EXTENSIONS

DOCUMENT_EXTENSIONS = sorted(ALLOWED_EXTENSIONS & set(settings.WAGTAILDOCS_EXTENSIONS))


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [self.check(super(MultipleFileField, self).clean(file, initial)) for file in files if file] or (
            super().clean(None, initial)
        )

    @staticmethod
    def check(upload):
        extension = Path(upload.name).suffix.lower().lstrip(".")
        if extension not in DOCUMENT_EXTENSIONS:
            raise forms.ValidationError(
                f"“{upload.name}” cannot be added: .{extension or '?'} files are not allowed. "
                f"Use one of: {', '.join(DOCUMENT_EXTENSIONS)}."
            )
        if upload.size > settings.WAGTAILDOCS_MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                f"“{upload.name}” is too large: the limit is {filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)}."
            )
        # The same content check as every other document upload (kscb_site/uploads.py).
        try:
            check_document_content(upload)
        except forms.ValidationError as error:
            raise forms.ValidationError(f"“{upload.name}” cannot be added. {' '.join(error.messages)}") from error
        return upload


class BulkAssetForm(forms.Form):
    campaign = forms.ModelChoiceField(CampaignPage.objects.order_by("title"))
    kind = forms.ChoiceField(choices=ASSET_KINDS)
    audience = forms.ChoiceField(choices=AUDIENCES)
    locale = forms.ModelChoiceField(Locale.objects.all(), label="Language", initial=Locale.get_default)
    dimensions = forms.CharField(required=False, max_length=80, help_text="e.g. A4. Leave blank if they differ.")
    files = MultipleFileField(help_text=f"Choose several files at once. Allowed: {', '.join(DOCUMENT_EXTENSIONS)}.")


@permission_required("campaigns.add_campaignasset", raise_exception=True)
def add_several(request):
    form = BulkAssetForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        assets = [create_asset(upload, form.cleaned_data, request.user) for upload in form.cleaned_data["files"]]
        messages.success(request, f"{len(assets)} assets added to {form.cleaned_data['campaign'].title}.")
        listing = reverse("wagtailsnippets_campaigns_campaignasset:list")
        return redirect(f"{listing}?campaign={form.cleaned_data['campaign'].pk}")
    title = "Add several campaign assets"
    context = {"form": form, "header_title": title, "page_title": title, "header_icon": "doc-full-inverse"}
    return TemplateResponse(request, "campaigns/admin/add_several.html", context)


def create_asset(upload, data, user):
    title = Path(upload.name).stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Untitled"
    document = get_document_model()(title=title, file=upload, uploaded_by_user=user)
    document.file_size = upload.size
    document.file_hash = hash_filelike(upload)
    upload.seek(0)
    document.save()
    asset = CampaignAsset(
        campaign=data["campaign"],
        locale=data["locale"],
        title=title,
        kind=data["kind"],
        audience=data["audience"],
        dimensions=data["dimensions"],
        document=document,
    )
    asset.save()
    return asset
