from wagtail import hooks

from .engine import EngineError, EngineUnavailable, engine_configured, get_engine


def _search_health() -> str:
    if not engine_configured():
        return "ok"  # the embedded database search needs no service
    try:
        get_engine().request("GET", "/_cluster/health")
    except (EngineUnavailable, EngineError):
        # The search page answers from the database meanwhile: degraded, not down.
        return "degraded"
    return "ok"


@hooks.register("register_health_check")
def search_health_check():
    return ("search", _search_health)
