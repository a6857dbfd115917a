"""A Redis cache that fails open.

When Redis is down the site keeps serving, uncached, and says so in the logs:
a page about keeping a child safe must not go down because a cache did.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("kscb.cache")
REDIS_DOWN = (RedisConnectionError, RedisTimeoutError, OSError)


def _fail_open(method_name, fallback):
    method = getattr(RedisCache, method_name)

    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except REDIS_DOWN as error:
            logger.warning("Redis cache unavailable (%s: %s); serving uncached", method_name, error)
            return fallback() if callable(fallback) else fallback

    wrapper.__name__ = method_name
    return wrapper


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, keeping one redis.Redis per connection pool.

    Django builds a new redis.Redis for every cache call, and each copies redis-py's ~80
    response callbacks: 0.3-0.5 ms a call, several calls a page. A redis.Redis is safe to
    share (each command takes a connection from the pool), so one per pool is kept.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    get_many = _fail_open("get_many", dict)
    has_key = _fail_open("has_key", False)
    add = _fail_open("add", False)
    set = _fail_open("set", None)
    set_many = _fail_open("set_many", list)
    touch = _fail_open("touch", False)
    delete = _fail_open("delete", False)
    delete_many = _fail_open("delete_many", None)
    clear = _fail_open("clear", None)

    def get(self, key, default=None, version=None):
        try:
            return RedisCache.get(self, key, default, version)
        except REDIS_DOWN as error:
            logger.warning("Redis cache unavailable (get: %s); serving uncached", error)
            return default


class RenditionCache(ResilientRedisCache):
    """The renditions cache, without Wagtail's redundant writes.

    Wagtail writes every rendition it renders back to this cache, even one it
    already had from the listing's prefetch: a Redis round trip per image, 50 on a
    campaign page. This process remembers what it wrote and skips writing the
    same rendition (same id and file) again for a few minutes. A changed
    rendition is written at once; deletes go through and are forgotten here, and
    so is any key Redis no longer has when it is next read.
    """

    REWRITE_AFTER_SECONDS = 300
    REMEMBER_AT_MOST = 20_000
    _written = {}  # (key, version) -> (fingerprint, monotonic time); shared by the process's threads

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        fingerprint = _rendition_fingerprint(value)
        now = time.monotonic()
        seen = self._written.get((key, version))
        recently_written = seen is not None and now - seen[1] < self.REWRITE_AFTER_SECONDS
        if fingerprint is not None and recently_written and seen[0] == fingerprint:
            return
        ResilientRedisCache.set(self, key, value, timeout, version)
        if fingerprint is not None:
            if len(self._written) >= self.REMEMBER_AT_MOST:
                self._written.clear()
            self._written[(key, version)] = (fingerprint, now)

    def get_many(self, keys, version=None):
        found = ResilientRedisCache.get_many(self, keys, version)
        # Gone from Redis (evicted, flushed, deleted by another server): write it again next time.
        for key in keys:
            if key not in found:
                self._written.pop((key, version), None)
        return found

    def get(self, key, default=None, version=None):
        return self.get_many([key], version).get(key, default)

    def delete(self, key, version=None):
        self._written.pop((key, version), None)
        return ResilientRedisCache.delete(self, key, version)

    def delete_many(self, keys, version=None):
        for key in keys:
            self._written.pop((key, version), None)
        return ResilientRedisCache.delete_many(self, keys, version)

    def clear(self):
        self._written.clear()
        return ResilientRedisCache.clear(self)


def _rendition_fingerprint(value):
    """What makes a stored rendition the same one; None for anything else (always written)."""
    file = getattr(value, "file", None)
    if getattr(value, "pk", None) is None or file is None:
        return None
    return (type(value).__name__, value.pk, getattr(file, "name", str(file)), value.width, value.height)
