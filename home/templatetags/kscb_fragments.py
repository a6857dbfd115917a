"""The site chrome and blank forms rendered once per content generation (home/fragments.py).

Cards are rendered from a listing's ids by home.fragments.render_cards."""

from django import template

from home.fragments import remember_html

register = template.Library()


@register.tag
def pagechrome(parser, token):
    """{% pagechrome "header" %}…{% endpagechrome %}: the site chrome around a page, rendered once
    per content generation for each page, address, language and site.

    The chrome (menu, breadcrumbs, language links, safeguarding contacts, footer) is the
    same for every reader of a page until something is published or saved. A view without
    a page keeps it only when it names itself in `chrome_view` (search does: its chrome
    never shows the reader's words); previews and the error pages render it every time,
    so that a crawler's made-up addresses fill no memory. The enclosed template must not
    set variables that the rest of the page reads: on a reuse it does not run.
    """
    return PageChromeNode(*_named_block(parser, token))


def _named_block(parser, token):
    """(name, nodelist) of a {% tag "name" %}…{% endtag %} block."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one quoted name")
    nodelist = parser.parse((f"end{bits[0]}",))
    parser.delete_first_token()
    return bits[1].strip("\"'"), nodelist


class PageChromeNode(template.Node):
    kind = "page-chrome"

    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        page = context.get("page")
        key = self.key(context, request, page)
        if key is None:
            return self.render_now(page, context)
        return remember_html(request, key, lambda: self.render_now(page, context))

    def key(self, context, request, page):
        """What the block is kept under (with the language and site), or None: render it now."""
        owner = getattr(page, "pk", None) or context.get("chrome_view")
        if request is None or not owner or getattr(request, "is_preview", False):
            return None
        return (self.kind, self.name, owner, request.path)

    def render_now(self, page, context):
        return self.nodelist.render(context)


@register.tag
def pagecontent(parser, token):
    """{% pagecontent "main" %}…{% endpagecontent %}: the page's own published content (its
    fields and StreamFields), rendered once per content generation for each page, address,
    language and site, as the chrome is; Wagtail's own {% wagtailpagecache %} does the same
    in a shared cache. Previews render every time. The enclosed template may read only the
    page and what is fixed by the generation: never the query string, the reader or a form.
    """
    return PageContentNode(*_named_block(parser, token))


class PageContentNode(PageChromeNode):
    kind = "page-content"

    def render_now(self, page, context):
        # The chosen pages' links are localized only when the content is actually rendered.
        if hasattr(page, "localize_stream_links"):
            page.localize_stream_links()
        return self.nodelist.render(context)


@register.tag
def blankform(parser, token):
    """{% blankform form %}…{% endblankform %}: the fields of a form nobody has filled in yet,
    rendered once per content generation for each page, address, language and site.

    A form sent back (bound: the reader's own words, the errors) is rendered every time and
    never kept, so nothing a reader typed can reach another. Per-request values (the CSRF
    token, the form's start time) belong outside the block.
    """
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("blankform takes the form")
    nodelist = parser.parse(("endblankform",))
    parser.delete_first_token()
    return BlankFormNode(parser.compile_filter(bits[1]), nodelist)


class BlankFormNode(PageChromeNode):
    kind = "blank-form"

    def __init__(self, form, nodelist):
        super().__init__("form", nodelist)
        self.form = form

    def key(self, context, request, page):
        form = self.form.resolve(context)
        if form is None or form.is_bound or not getattr(page, "pk", None):
            return None
        return super().key(context, request, page)


@register.tag
def pagevariant(parser, token):
    """{% pagevariant "library" choices %}…{% endpagevariant %}: page content that also shows the
    reader's choices from the query string (filters, sort, page number), kept per generation
    for each value of `choices`, a hashable value the view builds from options editors defined.
    When `choices` is None (say, words the reader typed) the block is rendered every time: the
    reader's own words are never kept. Each value is one entry in the bounded memory.
    """
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError("pagevariant takes a quoted name and the choices")
    nodelist = parser.parse(("endpagevariant",))
    parser.delete_first_token()
    return PageVariantNode(bits[1].strip("\"'"), parser.compile_filter(bits[2]), nodelist)


class PageVariantNode(PageContentNode):
    kind = "page-variant"

    def __init__(self, name, choices, nodelist):
        super().__init__(name, nodelist)
        self.choices = choices

    def key(self, context, request, page):
        choices = self.choices.resolve(context)
        key = super().key(context, request, page) if getattr(page, "pk", None) else None
        return None if key is None or choices is None else (*key, choices)
