"""The Redis cache keeps one client per connection pool, against the real Redis: Django would
build a new redis.Redis (copying ~80 response callbacks) for every cache call."""

import redis

from kscb_site.cache import ResilientRedisCache


def test_cache_calls_share_one_client_and_still_work(redis_url, monkeypatch):
    cache = ResilientRedisCache(redis_url, {"KEY_PREFIX": "kscb-test-client"})
    built = []
    real_init = redis.Redis.__init__
    monkeypatch.setattr(redis.Redis, "__init__", lambda self, *a, **k: built.append(1) or real_init(self, *a, **k))
    try:
        cache.set("greeting", "hello")
        assert cache.get("greeting") == "hello"
        assert cache.get_many(["greeting", "missing"]) == {"greeting": "hello"}
        cache.delete("greeting")
        assert cache.get("greeting") is None
        assert len(built) == 1
    finally:
        cache.clear()
