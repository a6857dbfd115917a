"""Real services for the production tests: PostgreSQL, Redis and an S3-compatible server.

PostgreSQL and Redis are found from KSCB_TEST_POSTGRES_URL (a server where the
`kscb` role may create databases; default the local one .ci/run starts) and
KSCB_TEST_REDIS_URL (default database 5 of the local Redis). The S3 server is
moto in server mode, started here on loopback. A missing service fails the
tests: nothing is skipped.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
POSTGRES_URL = os.environ.get("KSCB_TEST_POSTGRES_URL", "postgres://kscb:kscb@127.0.0.1:5432/kscb")
REDIS_URL = os.environ.get("KSCB_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")
S3_KEYS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}  # moto accepts any


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, what, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - loopback
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"{what} did not start")
            time.sleep(0.3)


@pytest.fixture(scope="session")
def postgres_database():
    """A fresh PostgreSQL database for this run; dropped afterwards."""
    import psycopg

    parsed = urlparse(POSTGRES_URL)
    name = f"kscb_production_test_{uuid.uuid4().hex[:8]}"
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    try:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        pytest.fail(f"PostgreSQL is needed at {POSTGRES_URL} (KSCB_TEST_POSTGRES_URL): {error}")
    yield urlunparse(parsed._replace(path=f"/{name}"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def redis_url():
    import redis

    try:
        client = redis.Redis.from_url(REDIS_URL)
        client.ping()
    except redis.ConnectionError as error:
        pytest.fail(f"Redis is needed at {REDIS_URL} (KSCB_TEST_REDIS_URL): {error}")
    # Start empty: a rendition cached by an earlier run (the same image id in another
    # database) would point at a file this run's S3 server never had.
    client.flushdb()
    return REDIS_URL


@pytest.fixture(scope="session")
def s3_server():
    """moto's S3 server on loopback, with an empty private bucket."""
    import boto3

    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    wait_for(endpoint, process, "moto's S3 server")
    bucket = "kscb-media"
    boto3.client("s3", endpoint_url=endpoint, region_name="eu-west-2", **_lower(S3_KEYS)).create_bucket(
        Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
    )
    yield {"endpoint": endpoint, "bucket": bucket}
    process.terminate()
    process.wait(timeout=10)


def _lower(keys):
    return {name.lower(): value for name, value in keys.items()}


@pytest.fixture(scope="session")
def production_env(postgres_database, redis_url, s3_server):
    """The environment a production app server gets, pointing at the shared services."""
    return {
        **os.environ,
        **S3_KEYS,
        "DJANGO_SETTINGS_MODULE": "kscb_site.settings.production",
        "SECRET_KEY": "production-test-only",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "off",
        "KSCB_DEMO_MODE": "off",
        "DATABASE_URL": postgres_database,
        "REDIS_URL": redis_url,
        "AWS_STORAGE_BUCKET_NAME": s3_server["bucket"],
        "AWS_S3_ENDPOINT_URL": s3_server["endpoint"],
        "AWS_S3_REGION_NAME": "eu-west-2",
        "KSCB_PAGE_CACHE_SECONDS": "600",
        "LOG_LEVEL": "WARNING",
        # Production refuses to start without alert addresses (feedback/checks.py).
        "KSCB_FEEDBACK_DUTY_EMAIL": "duty@safeguarding.kscb.internal",
        "KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL": "out-of-hours@safeguarding.kscb.internal",
    }


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout


class AppServer:
    def __init__(self, env):
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "kscb_site.wsgi", "-c", "gunicorn.conf.py"]
            + ["--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "2", "--log-level", "warning"],
            cwd=ROOT,
            env=env,
        )
        wait_for(self.url + "/", self.process, "gunicorn")

    def stop(self):
        self.process.send_signal(signal.SIGINT)  # quick shutdown: no need to drain keep-alive connections
        self.process.wait(timeout=30)
