"""A sitemap of every page in every language, each entry naming its translations."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


def _own_language_pages():
    # Alias copies repeat the English page under another prefix: search engines need only the real one.
    return Page.objects.live().public().filter(alias_of__isnull=True)


class TranslatedSitemap(Sitemap):
    def items(self):
        """Live public pages under the site's home page and under each of its translations."""
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_any_root = Q()
        for root in roots:
            under_any_root |= Q(path__startswith=root.path)
        return _own_language_pages().filter(under_any_root).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        """Each page with hreflang alternates for its translations, found in one query per sitemap page."""
        items = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        for translation in (
            _own_language_pages()
            .filter(translation_key__in={item.translation_key for item in items})
            .select_related("locale")
        ):
            translations[translation.translation_key].append(translation)

        urls = []
        for item in items:
            alternates = [
                {"location": translation.get_full_url(self.request), "lang_code": translation.locale.language_code}
                for translation in translations[item.translation_key]
            ]
            for url_info in item.get_sitemap_urls(self.request):
                urls.append({**url_info, "alternates": alternates if len(alternates) > 1 else []})
        last_mods = {url_info.get("lastmod") for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
