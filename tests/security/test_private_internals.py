"""No code reaches into Django's, Wagtail's, wagtail-localize's or modelsearch's private names
outside kscb_site/compat.py: an upgrade then breaks in one documented place, not anywhere.

Checked here for the site-wide plumbing and the apps without a per-process memory layer;
home/, resources/ and campaigns/ join the list as that layer goes (issue 17)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = [
    "kscb_site",
    "home",
    "resources",
    "campaigns",
    "feedback",
    "pagefeedback",
    "accounts",
    "languages",
    "scripts",
]
# Our own objects' private names (self._x, cls._x), and the documented public API of named tuples and models.
OWN_OR_PUBLIC = re.compile(r"\b(?:self|cls)\._|\._(?:meta|replace|asdict|fields|make)\b")
PRIVATE_ATTRIBUTE = re.compile(r"\._[a-z]\w*")
PRIVATE_MODULE = re.compile(r"^\s*(?:from|import)\s+[\w.]*\._\w+", re.MULTILINE)


def python_files():
    for name in CHECKED:
        path = ROOT / name
        yield from [path] if path.is_file() else (p for p in path.rglob("*.py") if "migrations" not in p.parts)


def private_uses(path):
    found = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        code = line.split("#", 1)[0]
        if PRIVATE_ATTRIBUTE.search(OWN_OR_PUBLIC.sub("", code)) or PRIVATE_MODULE.search(code):
            found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_the_check_finds_a_private_use():
    assert private_uses(ROOT / "kscb_site" / "page_cache.py") == []
    assert len(private_uses(ROOT / "kscb_site" / "compat.py")) == 3  # the three it documents
    assert PRIVATE_ATTRIBUTE.search("request._wagtail_site = site")
    assert PRIVATE_MODULE.search("from modelsearch.backends.database.postgres._utils import x")
    assert not PRIVATE_ATTRIBUTE.search(OWN_OR_PUBLIC.sub("", "parsed._replace(path='/'); self._policy()"))


def test_no_private_framework_internals_outside_compat():
    files = [path for path in python_files() if path.name != "compat.py"]
    assert len(files) > 20
    assert [use for path in files for use in private_uses(path)] == []
