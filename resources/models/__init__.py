# Taxonomies first: the library's filters (resources.library) need them to define the pages.
from .taxonomies import Audience, KeyStage, PSHETheme, ResourceType, Topic  # isort: skip
from .pages import ResourceLibraryPage, ResourcePage  # isort: skip

__all__ = [
    "Audience",
    "KeyStage",
    "PSHETheme",
    "ResourceLibraryPage",
    "ResourcePage",
    "ResourceType",
    "Topic",
]
