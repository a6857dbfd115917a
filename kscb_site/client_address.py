"""The address of the client, read the same way by the feedback rate limit and django-axes.

Only a proxy we run (CDN, load balancer) can be trusted to say who connected to it. With no
trusted proxy (the default) the address is REMOTE_ADDR and a forged X-Forwarded-For changes
nothing. With KSCB_TRUSTED_PROXY_COUNT = N, the client is the N-th address from the right of
KSCB_CLIENT_ADDRESS_HEADER: each trusted proxy appends the address it saw, so the entries to
the left of those are whatever the client chose to send.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.KSCB_TRUSTED_PROXY_COUNT
    header = settings.KSCB_CLIENT_ADDRESS_HEADER
    if proxies <= 0 or not header:
        return remote
    hops = [hop.strip() for hop in request.META.get(header, "").split(",") if hop.strip()]
    if len(hops) < proxies:
        return remote  # not through our proxies: only the connection itself can be believed
    candidate = hops[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
