"""Spreadsheet exports that cannot run as formulas when a reviewer opens them."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def neutralise_formula(value):
    """Prefix text a spreadsheet would evaluate with an apostrophe (OWASP's CSV injection advice)."""
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
