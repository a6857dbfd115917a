from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from health_check.views import HealthCheckView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.images.views.serve import ServeView

from home import views as home_views
from languages.sitemaps import TranslatedSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/<int:document_id>/<str:document_filename>", home_views.serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    # Wagtail 8's generate_image_url() ends with the image's file name.
    re_path(r"^images/([^/]*)/(\d*)/([^/]*)/[^/]*$", ServeView.as_view(), name="wagtailimages_serve"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
    # For load balancers: database, cache and storage. never_cache (no-store), no cookies, no personal data.
    path("health/", HealthCheckView.as_view(checks=settings.KSCB_HEALTH_CHECKS), name="health"),
]

if settings.KSCB_SERVE_MEDIA:
    # Local media for development and tests; production media live on S3.
    from django.views.static import serve

    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("page-feedback/", include("pagefeedback.urls")),
    path("training-sessions/", include("training.urls")),
    path("briefings-used/", include("learning.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler500 = "home.views.server_error"
