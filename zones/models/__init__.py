from zones.models.zones import (
    LocalLeader,
    NeedsFinding,
    OpeningException,
    OpeningHours,
    ZoneIndexPage,
    ZonePage,
)

__all__ = [
    "LocalLeader",
    "NeedsFinding",
    "OpeningException",
    "OpeningHours",
    "ZoneIndexPage",
    "ZonePage",
]
