from .base import BasePage
from .news import NewsIndexPage, NewsPage
from .pages import HomePage, HomePageFeaturedCampaign, StandardPage
from .priorities import PrioritiesIndexPage, PriorityPage
from .publications import PublicationIndexPage, PublicationPage
from .site_settings import SafeguardingSettings, SafeguardingText

__all__ = [
    "BasePage",
    "HomePage",
    "HomePageFeaturedCampaign",
    "NewsIndexPage",
    "NewsPage",
    "PrioritiesIndexPage",
    "PriorityPage",
    "PublicationIndexPage",
    "PublicationPage",
    "SafeguardingSettings",
    "SafeguardingText",
    "StandardPage",
]
