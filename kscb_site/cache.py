"""A Redis cache that fails open.

When Redis is down the site keeps serving, uncached, and says so in the logs:
a page about keeping a child safe must not go down because a cache did.
"""

import logging

from django.core.cache.backends.redis import RedisCache
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


class ResilientRedisCache(RedisCache):
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
