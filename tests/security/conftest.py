import os
import secrets
import subprocess
import sys
from urllib.parse import urlparse, urlunparse

import pytest
import redis

from tests.live_server import ROOT, serve, stop


def production_site_redis_url():
    """Database 6 on the Redis server the suite was given (KSCB_TEST_REDIS_URL), so `make test`'s own server is used."""
    given = urlparse(os.environ.get("KSCB_TEST_REDIS_URL", "redis://127.0.0.1:6379/5"))
    return urlunparse(given._replace(path="/6"))


@pytest.fixture(scope="session")
def production_site(live_site, tmp_path_factory):
    """The demo database served with the production settings, as behind the CDN."""
    redis_url = os.environ.get("KSCB_TEST_PRODUCTION_SITE_REDIS_URL") or production_site_redis_url()
    try:
        redis.Redis.from_url(redis_url).flushdb()  # nothing cached from another run's database
    except redis.ConnectionError as error:
        pytest.fail(f"Redis is needed at {redis_url} (KSCB_TEST_PRODUCTION_SITE_REDIS_URL): {error}")
    static_root = tmp_path_factory.mktemp("production-static")
    # The browser tests allow async-unsafe ORM use in their own process; a deployment never does.
    inherited = {name: value for name, value in live_site.env.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "kscb_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "KSCB_DEMO_MODE": "false",
        "STATIC_ROOT": str(static_root),
        "REDIS_URL": redis_url,
        # Production refuses to start without alert addresses (feedback/checks.py).
        "KSCB_FEEDBACK_DUTY_EMAIL": "duty@safeguarding.kscb.internal",
        "KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL": "out-of-hours@safeguarding.kscb.internal",
        # The deploy check warns without a MASH number for the pages that work without the database.
        "KSCB_MASH_PHONE": "0151 496 0000",  # Ofcom's range for drama: it reaches nobody
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], cwd=ROOT, env=env, check=True
    )
    server, url = serve(env)
    yield url, env
    stop(server)
