"""The renditions cache skips Wagtail's redundant writes, against the real Redis.

Wagtail writes each rendition it renders back to the cache, even one it had
prefetched; the cache remembers what this process wrote and does not send the
same rendition again, but a changed one, or one written after a delete, goes through.
"""

from types import SimpleNamespace

import pytest
import redis

from kscb_site.cache import RenditionCache


@pytest.fixture
def rendition_cache(redis_url):
    RenditionCache._written.clear()
    cache = RenditionCache(redis_url, {"KEY_PREFIX": "kscb-test-renditions"})
    yield cache
    cache.clear()


def rendition(pk=1, name="images/report.max-240x240.webp"):
    return SimpleNamespace(pk=pk, file=SimpleNamespace(name=name), width=240, height=160)


def stored_keys(redis_url):
    return {key.decode() for key in redis.Redis.from_url(redis_url).keys("*kscb-test-renditions*")}


def test_the_same_rendition_is_sent_to_redis_once(rendition_cache, redis_url):
    rendition_cache.set("r1", rendition())
    assert rendition_cache.get("r1").pk == 1
    redis.Redis.from_url(redis_url).delete(*stored_keys(redis_url))  # gone behind the process's back

    rendition_cache.set("r1", rendition())  # the repeat Wagtail makes on every render
    assert stored_keys(redis_url) == set(), "the same rendition was written again"


def test_a_rendition_gone_from_redis_is_written_again_after_the_next_read(rendition_cache, redis_url):
    rendition_cache.set("r1", rendition())
    redis.Redis.from_url(redis_url).delete(*stored_keys(redis_url))  # evicted, or flushed by someone

    assert rendition_cache.get_many(["r1"]) == {}  # Wagtail reads before it renders
    rendition_cache.set("r1", rendition())
    assert rendition_cache.get("r1").pk == 1


def test_a_changed_rendition_is_written_at_once(rendition_cache):
    rendition_cache.set("r1", rendition(pk=1))
    rendition_cache.set("r1", rendition(pk=2, name="images/report.max-240x240.new.webp"))
    assert rendition_cache.get("r1").pk == 2


def test_after_a_delete_the_rendition_is_written_again(rendition_cache):
    rendition_cache.set("r1", rendition())
    rendition_cache.delete("r1")
    rendition_cache.set("r1", rendition())
    assert rendition_cache.get("r1").pk == 1


def test_other_values_are_always_written(rendition_cache, redis_url):
    rendition_cache.set("plain", "value")
    redis.Redis.from_url(redis_url).delete(*stored_keys(redis_url))
    rendition_cache.set("plain", "value")
    assert rendition_cache.get("plain") == "value"
