"""Where this site depends on Wagtail's internals: the one place to look after an upgrade.

Nothing else in kscb_site/, feedback/, accounts/, languages/ or scripts/ reads or writes a
private (`_`-prefixed) attribute of Django, Wagtail, wagtail-localize or modelsearch, or imports
from their private modules (tests/security/test_private_internals.py checks). The admin's CSP
below touches no private name, but knows what Wagtail's admin templates write, which may change
in any release; the benchmark's bulk page builder, at the end, uses three private names of
treebeard and Django.

The admin's strict Content-Security-Policy: which inline scripts may run
--------------------------------------------------------------------------
Why: Wagtail 8 still renders a few inline `<script>` elements: widget set-up calls (date
pickers, choosers, inline panels) and a handful of fixed scripts in wagtail-localize and search
promotions templates. Rather than `'unsafe-inline'`, each admin page gets a fresh nonce, given
only to an inline script whose code is one of these with nothing but data changed. A script
anyone else put in the page gets no nonce and the browser refuses it.

What breaks on upgrade: a Wagtail or wagtail-localize release that changes one of these scripts
makes that admin screen lose the script (a chooser that does not open, an inline panel that
cannot add a row). tests/browser/test_admin_csp.py opens every such admin screen in Chromium
and fails on any refused script; tests/security/test_admin_policy.py checks the nonce rules.

Upgrade procedure: upgrade in requirements.in, recompile (README "Upgrading dependencies"), run
`.venv/bin/pytest tests/browser/test_admin_csp.py tests/security/test_admin_policy.py`. For each
refused script the browser test names, read the new template, check the script is Wagtail's own
and carries no user input in its code, print its hash with `skeleton_hash(code)`, and replace
the old hash in KNOWN_SKELETONS (with the template's name in the comment). If Wagtail ships a
CSP-safe admin (no inline scripts), delete this module and the nonce step in middleware.py.
"""

import hashlib
import json
import re
import secrets

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\b(?:src|nonce)\s*=)([^>]*)>(.*?)</script>", re.DOTALL | re.IGNORECASE)

# `initDateChooser("id", {...});`, `new PageChooser("id", {...});`, `createTaskChooser("id");`:
# one known function called with JSON arguments, so only data varies.
WIDGET_CALL = re.compile(r"(?:new )?(?P<function>[A-Za-z]+)\((?P<arguments>.*)\);?", re.DOTALL)
WIDGET_FUNCTIONS = {"initDateChooser", "initTimeChooser", "initDateTimeChooser", "createTaskChooser"}
CHOOSER_CLASS = re.compile(r"[A-Z][A-Za-z]*Chooser")

# Quoted JavaScript strings on one line, with escapes: blanked to find a script's code "skeleton".
STRING_LITERAL = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\"""")

# sha256 of the skeletons (code with every string literal blanked, whitespace collapsed) of the
# fixed scripts in Wagtail 8.0 and wagtail-localize 1.14 templates. Print one with `skeleton_hash()`.
KNOWN_SKELETONS = {
    # wagtailadmin/panels/inline_panel.html: `new InlinePanel(JSON.parse("..."))`
    "e064f78d7bd265a6b833a48585ede4344557cb6a1464ee217f028fd7e2d208bf",
    # wagtailadmin/panels/multiple_chooser_panel.html
    "be6736ef4d6e576bb787685a6684c4e3d46585c3f121eb38fd57b84dd85e5d4d",
    # wagtail_localize/admin/edit_translation.html: the chooser URLs for the translation editor
    "a91d9fcd6e10a9c0bd3a8ecb321548dabc61ca8b91a870b01e67a907bce5b6f1",
    # wagtail_localize/admin/submit_translation.html: "select all languages"
    "213049e9762bb4846272302cba132cb2055d983763635f25f7d7e34e23d9df55",
    # wagtailsearchpromotions/add.html and edit.html: the promotions formset and query chooser
    "0d5d6b8c81446fbcc57c5e6bb8e1ee6a96cab72a8001b3f17b1622aeb6c85340",
}


def skeleton(code):
    return " ".join(STRING_LITERAL.sub('""', code).split())


def skeleton_hash(code):
    return hashlib.sha256(skeleton(code).encode()).hexdigest()


def is_wagtail_script(code):
    code = code.strip()
    call = WIDGET_CALL.fullmatch(code)
    if call and (call["function"] in WIDGET_FUNCTIONS or CHOOSER_CLASS.fullmatch(call["function"])):
        try:
            json.loads(f"[{call['arguments']}]")
        except ValueError:
            return False
        return True
    return skeleton_hash(code) in KNOWN_SKELETONS


def add_nonce(html):
    """Give Wagtail's own inline scripts in the page a fresh nonce; return the page and the nonce."""
    nonce = secrets.token_urlsafe(18)

    def sign(match):
        attributes, code = match.group(1), match.group(2)
        if "application/json" in attributes.lower() or not is_wagtail_script(code):
            return match.group(0)
        return f'<script nonce="{nonce}"{attributes}>{code}</script>'

    return INLINE_SCRIPT.sub(sign, html), nonce


# Bulk-inserting pages for the benchmark's data set (scripts/bench/home.py, bulk_create_pages)
# ---------------------------------------------------------------------------------------------
# Why: Wagtail's `add_child` costs a dozen queries per page, far too slow for 10,000 resources,
# and Django's `bulk_create` refuses models with multi-table inheritance (every page type). So
# the builder computes treebeard's materialized paths itself and inserts the specific rows
# under their Page rows with the manager's `_insert`, as `bulk_create` does internally.
# What breaks on upgrade: a change to treebeard's path encoding (`_str2int`, `_get_path`) or to
# Django's `QuerySet._insert`; tests/production/test_bench_data.py builds the data set and
# opens every page type. Upgrade procedure: run that test; if it fails here, read the new
# treebeard `MP_Node.add_child` or Django `bulk_create`, and follow what they do now.


def tree_position(page_class, path):
    """The position among its siblings of the node at `path` (1 for the first child)."""
    return page_class._str2int(path[-page_class.steplen :])


def child_tree_path(page_class, parent_path, depth, position):
    """The materialized path of the `position`th child of the node at `parent_path`."""
    return page_class._get_path(parent_path, depth, position)


def insert_rows(model, objects, fields):
    """INSERT the given fields of unsaved `objects` (their primary keys set) in one query."""
    model._base_manager._insert(objects, fields=fields)
