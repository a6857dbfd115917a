"""The editor's guide and its screenshot script cannot drift apart. No browser, no database."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "editor-guide.md"
SCRIPT = ROOT / "scripts" / "guide_screenshots.py"

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")
LINK = re.compile(r"\[[^\]]*\]\(#([^)]+)\)")


def guide_text():
    return GUIDE.read_text(encoding="utf-8")


def github_anchor(heading):
    """The anchor GitHub (and most Markdown viewers) give a heading: lower case, punctuation dropped."""
    anchor = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return anchor.replace(" ", "-")


def headings():
    return [line.lstrip("#").strip() for line in guide_text().splitlines() if re.match(r"#{2,3} ", line)]


def contents_anchors():
    text = guide_text()
    contents = text.split("## Contents", 1)[1].split("\n## ", 1)[0]
    return LINK.findall(contents)


def script_screenshots():
    """SCREENSHOTS from the script, read without importing it (it needs Playwright to run)."""
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SCREENSHOTS" for t in node.targets):
            return [entry[0] for entry in ast.literal_eval(node.value)]
    raise AssertionError("scripts/guide_screenshots.py has no SCREENSHOTS list")


def test_every_image_the_guide_shows_exists():
    images = IMAGE.findall(guide_text())
    assert images, "the guide shows no screenshots"
    missing = [image for image in images if not (GUIDE.parent / image).is_file()]
    assert not missing, f"the guide shows images that do not exist: {missing}"


def test_screenshots_are_png_and_small():
    folder = GUIDE.parent / "editor-guide"
    pictures = sorted(folder.glob("*"))
    assert all(picture.suffix == ".png" for picture in pictures), pictures
    assert sum(picture.stat().st_size for picture in pictures) < 2 * 1024 * 1024


def test_every_section_in_the_contents_exists():
    anchors = {github_anchor(heading) for heading in headings()}
    listed = contents_anchors()
    assert len(listed) >= 10
    assert [a for a in listed if a not in anchors] == []
    # ...and every task section is in the contents.
    sections = [github_anchor(line[3:]) for line in guide_text().splitlines() if line.startswith("## ")]
    assert [s for s in sections if s != "contents" and s not in listed] == []


def test_every_link_inside_the_guide_leads_to_a_section():
    anchors = {github_anchor(heading) for heading in headings()}
    assert [a for a in LINK.findall(guide_text()) if a not in anchors] == []


def test_the_script_makes_exactly_the_screenshots_the_guide_uses():
    used = sorted(Path(image).name for image in IMAGE.findall(guide_text()))
    made = sorted(script_screenshots())
    assert len(made) == len(set(made)), "a screenshot is listed twice in the script"
    assert made == used
    on_disk = sorted(picture.name for picture in (GUIDE.parent / "editor-guide").glob("*.png"))
    assert on_disk == made, "docs/editor-guide/ holds pictures the script does not make, or lacks some"


def test_the_guide_says_how_to_remake_them():
    text = guide_text()
    assert "scripts/guide_screenshots.py" in text
    assert "--base-url" in text
