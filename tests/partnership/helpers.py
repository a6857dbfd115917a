from bs4 import BeautifulSoup


def soup_of(client, url):
    """The page at `url`, which must answer 200, parsed."""
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")
