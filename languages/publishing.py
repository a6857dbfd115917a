"""Publishing a wagtail-localize translation at once, inside the current transaction."""


def publish_translation(translation, user=None):
    """Save the translated page from its segments and publish it now.

    wagtail-localize's own `save_target(publish=True)` publishes on commit, from a page
    object read before any child was added: inside one transaction that translates a page
    and then its children (the demo loader, a test), the late publish writes the parent's
    stale child count back and the children become unreachable. Publishing straight away
    from a fresh read avoids that.
    """
    translation.save_target(user=user, publish=False)
    page = translation.get_target_instance()
    page.get_latest_revision().publish(user=user)
    page.refresh_from_db()
    return page
