"""The page form of reviews and briefings."""

from django.conf import settings
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm

TAG_FIELDS = ("themes", "age_groups", "harm_types", "agencies")


class LearningPageForm(WagtailAdminPageForm):
    """The tag checkboxes offer each tag once, in the default language (plus any the page already
    has): a tag's translations share its slug, so the library filters the same in every language,
    and a translation of the page keeps these tags (learning/library.py)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in TAG_FIELDS:
            if name in self.fields:
                chosen = [tag.pk for tag in getattr(self.instance, name).all()]
                in_default_language = Q(locale__language_code=settings.LANGUAGE_CODE)
                self.fields[name].queryset = self.fields[name].queryset.filter(in_default_language | Q(pk__in=chosen))
