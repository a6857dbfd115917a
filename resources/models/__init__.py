# Taxonomies first: the library's filters (resources.library) need them to define the pages.
from .taxonomies import Audience, KeyStage, PSHETheme, ResourceType, Topic  # isort: skip
from .pages import DUE_SOON_DAYS, ResourceLibraryPage, ResourcePage  # isort: skip

__all__ = [
    "DUE_SOON_DAYS",
    "Audience",
    "KeyStage",
    "PSHETheme",
    "ResourceLibraryPage",
    "ResourcePage",
    "ResourceType",
    "Topic",
]
