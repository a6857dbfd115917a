"""'My team used this briefing': one button, no personal data, no cookie.

The briefing page is the same for every reader (it sits in the CDN and the page cache), so its
form cannot carry Django's CSRF token, which needs a cookie. This view is CSRF-exempt instead, and
guarded in other ways, because all a forged or repeated POST could do is add one to a count:
- the form carries a signed token naming the briefing (made with SECRET_KEY), so only briefings
  this site published can be counted, and a made-up page id is refused;
- a POST from another site's page (an Origin header that is not this site) is refused;
- each address counts a briefing once a day, and at most KSCB_BRIEFING_USE_RATE_LIMIT uses in a
  window (feedback/rate_limit.py: a salted hash of the address that changes every window and
  expires, so nothing stored names anyone);
- a repeat is thanked like the first, so a script learns nothing from the answer.
Nothing about the reader is stored: the count is one number per briefing and year.
"""

import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpResponseForbidden
from django.template.response import TemplateResponse
from django.utils.crypto import salted_hmac
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from feedback import rate_limit
from kscb_site.client_address import client_address

from .models import BriefingUse, SevenMinuteBriefingPage

TOKEN_SALT = "learning.briefing-used"  # noqa: S105 - a signing salt, not a secret
RATE_LIMIT_SCOPE = "briefing-used"
ONCE_PER_SECONDS = 24 * 60 * 60


def briefing_token(page):
    return signing.dumps(page.pk, salt=TOKEN_SALT)


def briefing_from_token(token):
    try:
        pk = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature:
        return None
    return SevenMinuteBriefingPage.objects.live().public().filter(pk=pk).first()


def from_another_site(request):
    # The host only: behind a TLS-terminating proxy the scheme Django sees may differ from the reader's.
    origin = request.headers.get("Origin")
    return bool(origin) and urlsplit(origin).netloc != request.get_host()


def first_today(request, page):
    """True the first time today this address says it used this briefing (kept in the cache only).
    With the cache down, nothing is counted: a count is not worth a guess."""
    day = int(time.time() // ONCE_PER_SECONDS)
    key = "briefing-used:" + salted_hmac(TOKEN_SALT, f"{day}:{page.pk}:{client_address(request)}").hexdigest()[:32]
    try:
        return bool(cache.add(key, 1, timeout=ONCE_PER_SECONDS))
    except Exception:
        return False


@csrf_exempt
@never_cache
@require_POST
def briefing_used(request):
    if from_another_site(request):
        return HttpResponseForbidden()
    page = briefing_from_token(request.POST.get("briefing", ""))
    if page is None:
        return TemplateResponse(request, "learning/briefing_used.html", {"problem": True}, status=400)
    within_limit = rate_limit.allow(request, scope=RATE_LIMIT_SCOPE, rule=settings.KSCB_BRIEFING_USE_RATE_LIMIT)
    if within_limit and first_today(request, page):
        BriefingUse.count_one(page)
    return TemplateResponse(
        request, "learning/briefing_used.html", {"briefing": page, "back_url": page.get_url(request)}
    )
