"""What a page view rendered: to check that fragments kept per generation are reused."""

from django.test.signals import template_rendered


def view_counting_renders(client, url, template_name):
    """GET `url` (which must answer 200): its HTML and how many times `template_name` was rendered."""
    rendered = []

    def record(sender, template, **kwargs):
        if template.name == template_name:
            rendered.append(template.name)

    template_rendered.connect(record)
    try:
        response = client.get(url)
    finally:
        template_rendered.disconnect(record)
    assert response.status_code == 200
    return response.content.decode(), len(rendered)
