import pytest

from resources.models import ResourceLibraryPage, ResourcePage


@pytest.fixture
def library(db):
    return ResourceLibraryPage.objects.get(slug="resources")


@pytest.fixture
def lesson(library):
    return ResourcePage.objects.get(slug="ks3-what-is-domestic-abuse")


def get_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response
