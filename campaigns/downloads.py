"""Serving one asset, or a ZIP of many, from whatever storage holds the files (local disk or S3).

Files are read through the storage API in chunks and streamed, so neither a
large video nor a pack of two hundred posters is ever held in memory.
"""

import logging

from django.http import FileResponse, Http404, StreamingHttpResponse
from django.utils.cache import patch_cache_control
from django.utils.text import slugify
from zipstream import ZipStream

from home.unavailable import STORAGE_ERRORS, file_unavailable

from .models import CampaignAsset

logger = logging.getLogger(__name__)

CHUNK_SIZE = 64 * 1024


def serve_asset(request, campaign, asset_id):
    asset = CampaignAsset.objects.for_campaign(campaign).select_related("document", "image").filter(pk=asset_id).first()
    if asset is None or asset.file is None:
        raise Http404("No such asset")
    try:
        handle = asset.file.file.storage.open(asset.file.file.name, "rb")
    except FileNotFoundError:
        logger.warning("Campaign asset %s: its file %s is missing from storage", asset.pk, asset.file.file.name)
        return unavailable(request, campaign, asset, storage_down=False)
    except STORAGE_ERRORS as error:
        logger.warning("Campaign asset %s: storage unavailable: %s", asset.pk, error)
        return unavailable(request, campaign, asset, storage_down=True)
    CampaignAsset.objects.count_download(asset.pk)
    response = FileResponse(handle, as_attachment=True, filename=asset.download_filename)
    # Every download reaches us, so that the counts staff see are right.
    patch_cache_control(response, private=True, no_store=True)
    return response


def unavailable(request, campaign, asset, *, storage_down):
    return file_unavailable(
        request,
        asset.title,
        storage_down=storage_down,
        back_to=campaign,
        back_fragment="#asset-library",
        extra_context={"page": campaign, "emphasise_quick_exit": campaign.sensitive},
    )


def serve_pack(request, campaign, library):
    assets = [asset for asset in library.assets if asset.file is not None]
    if not assets:
        raise Http404("No assets to download")
    pack = ZipStream(sized=False)
    for name, asset in zip(_unique_names(assets), assets, strict=True):
        pack.add(_read_in_chunks(asset.file.file), arcname=name)
    filename = f"{slugify(campaign.title)}-materials.zip"
    response = StreamingHttpResponse(iter(pack), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    patch_cache_control(response, private=True, no_store=True)
    return response


def _read_in_chunks(field_file):
    """Yield the file's bytes a chunk at a time; a file missing from storage becomes an empty entry."""
    try:
        handle = field_file.storage.open(field_file.name, "rb")
    except OSError:
        logger.warning("Campaign pack: %s is missing from storage", field_file.name)
        return
    with handle:
        while chunk := handle.read(CHUNK_SIZE):
            yield chunk


def _unique_names(assets):
    seen = set()
    for asset in assets:
        name = asset.download_filename
        if name in seen:
            stem, _, extension = name.rpartition(".")
            name = f"{stem}-{asset.pk}.{extension}"
        seen.add(name)
        yield name
