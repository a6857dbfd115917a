"""`make test` on a fresh machine: the whole suite, with throwaway PostgreSQL and Redis servers.

1. Installs missing Debian packages as .ci/run does (as root, or with sudo); if it cannot, it
   stops and prints the one command that would.
2. Starts a PostgreSQL cluster (initdb in a temporary folder; as the postgres user when run as
   root) and a Redis server, each on a free loopback port, used by nothing else.
3. Runs lint and `manage.py check`, then every test but the browser tests on SQLite (the
   embedded default), then every test, browser tests included, on PostgreSQL (DATABASE_URL, as
   production runs), with KSCB_TEST_POSTGRES_URL and KSCB_TEST_REDIS_URL pointing at those servers.
   The browser tests drive HTML, CSS and JavaScript that do not depend on the database, so they
   run once, on the database production uses.
4. Stops both servers and removes their folders, whatever happened.

A service that cannot be had is a failure naming it, never a skip.
PYTEST_ARGS (e.g. `PYTEST_ARGS=tests/security/test_headers.py`) narrows both test runs.
"""

import argparse
import glob
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
# Debian package for each command the suite needs.
PACKAGES = {
    "initdb": "postgresql",
    "redis-server": "redis-server",
    "chromium": "chromium",
    "msgfmt": "gettext",
    "pdftoppm": "poppler-utils",
}
POSTGRES_BIN_GLOB = "/usr/lib/postgresql/*/bin"
NO_TESTS_COLLECTED = 5


class ServiceUnavailable(SystemExit):
    def __init__(self, message):
        super().__init__(f"make test: {message}")


def which(command):
    if command in {"initdb", "pg_ctl"}:
        found = sorted(glob.glob(f"{POSTGRES_BIN_GLOB}/{command}"))
        if found:
            return found[-1]
    return shutil.which(command)


def install_missing_packages():
    missing = sorted({package for command, package in PACKAGES.items() if which(command) is None})
    if not missing:
        return
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]
    if os.geteuid() == 0:
        prefix = []
    elif shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        prefix = ["sudo"]
    else:
        raise ServiceUnavailable(
            f"missing {', '.join(missing)}. Install them with:\n  sudo {shlex.join(install)}\nthen run make test again."
        )
    print(f"== installing {', '.join(missing)} ==", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*prefix, *install], check=True, env=env, stdout=subprocess.DEVNULL)
    still_missing = [command for command in PACKAGES if which(command) is None]
    if still_missing:
        raise ServiceUnavailable(f"{', '.join(still_missing)} still missing after installing {', '.join(missing)}")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(ready, what, process=None, seconds=60):
    deadline = time.monotonic() + seconds
    while not ready():
        if process is not None and process.poll() is not None:
            raise ServiceUnavailable(f"{what} stopped at start (exit code {process.returncode})")
        if time.monotonic() > deadline:
            raise ServiceUnavailable(f"{what} did not start within {seconds} s")
        time.sleep(0.2)


class Postgres:
    """A throwaway cluster: trust authentication on loopback, superuser `kscb`, database `kscb`."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="kscb-test-postgres-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.url = f"postgres://kscb:kscb@127.0.0.1:{self.port}/kscb"
        self.started = False

    def run(self, *command):
        # PostgreSQL refuses to run as root: the cluster then belongs to the postgres user.
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run([*prefix, *command], cwd="/", capture_output=True, text=True)

    def start(self):
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        initdb = self.run(which("initdb"), "-D", str(self.data), "-U", "kscb", "--auth=trust", "-E", "UTF8")
        if initdb.returncode != 0:
            raise ServiceUnavailable(f"PostgreSQL: initdb failed:\n{initdb.stderr}")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = self.folder / "postgres.log"
        started = self.run(which("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(log), "-w", "start")
        if started.returncode != 0:
            raise ServiceUnavailable(f"PostgreSQL did not start:\n{started.stderr}{started.stdout}")
        self.started = True
        created = self.run(shutil.which("createdb") or str(Path(which("initdb")).with_name("createdb")),
                           "-h", "127.0.0.1", "-p", str(self.port), "-U", "kscb", "kscb")  # fmt: skip
        if created.returncode != 0:
            raise ServiceUnavailable(f"PostgreSQL: could not create the kscb database:\n{created.stderr}")
        print(f"== PostgreSQL on 127.0.0.1:{self.port} ==", flush=True)

    def stop(self):
        if self.started:
            self.run(which("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


class Redis:
    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/5"
        self.process = None

    def answers(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def start(self):
        command = [which("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        wait_until(self.answers, "Redis", self.process)
        print(f"== Redis on 127.0.0.1:{self.port} ==", flush=True)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)


def step(title, command, env, allow_none_collected=False):
    print(f"== {title} ==", flush=True)
    started = time.monotonic()
    returncode = subprocess.run(command, cwd=ROOT, env=env).returncode
    print(f"== {title}: {time.monotonic() - started:.0f} s ==", flush=True)
    # pytest's 5: every test the arguments chose was deselected (e.g. only browser tests asked for).
    return returncode == 0 or (allow_none_collected and returncode == NO_TESTS_COLLECTED)


def main():
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    # Stopped by CI or by hand: still stop the servers (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    install_missing_packages()
    postgres, redis = Postgres(), Redis()
    try:
        postgres.start()
        redis.start()
        env = {**os.environ, "KSCB_TEST_POSTGRES_URL": postgres.url, "KSCB_TEST_REDIS_URL": redis.url}
        env.pop("DATABASE_URL", None)
        pytest_args = shlex.split(os.environ.get("PYTEST_ARGS", ""))
        pytest = [str(VENV_BIN / "pytest"), *pytest_args]
        # A -m of the caller's own wins over leaving out the browser tests on SQLite.
        on_sqlite = pytest if "-m" in pytest_args else [*pytest, "-m", "not browser"]
        test_settings = {**env, "DJANGO_SETTINGS_MODULE": "kscb_site.settings.test"}
        manage = [str(VENV_BIN / "python"), "manage.py"]
        ok = (
            step("lint", [str(VENV_BIN / "ruff"), "check", "."], env)
            and step("format", [str(VENV_BIN / "ruff"), "format", "--check", "."], env)
            and step("check", [*manage, "check"], test_settings)
            and step("migrations", [*manage, "makemigrations", "--check", "--dry-run"], test_settings)
            and step("messages", [*manage, "compilemessages", "--ignore=.venv", "--verbosity", "0"], test_settings)
            and step("the suite without browser tests on SQLite", on_sqlite, env, allow_none_collected=True)
            and step("the whole suite on PostgreSQL", pytest, {**env, "DATABASE_URL": postgres.url})
        )
    finally:
        redis.stop()
        postgres.stop()
    print("== make test: passed ==" if ok else "== make test: FAILED ==", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
