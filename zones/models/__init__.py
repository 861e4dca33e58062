from zones.models.guide import GuideChapterPage, GuidePage
from zones.models.stories import StoryIndexPage, StoryPage, StoryTag
from zones.models.training import AUDIENCES, Topic, TrainingDocument, TrainingIndexPage, TrainingMaterialPage
from zones.models.zones import (
    LocalLeader,
    NeedsFinding,
    OpeningException,
    OpeningHours,
    ZoneIndexPage,
    ZonePage,
)

__all__ = [
    "AUDIENCES",
    "GuideChapterPage",
    "GuidePage",
    "LocalLeader",
    "NeedsFinding",
    "OpeningException",
    "OpeningHours",
    "StoryIndexPage",
    "StoryPage",
    "StoryTag",
    "Topic",
    "TrainingDocument",
    "TrainingIndexPage",
    "TrainingMaterialPage",
    "ZoneIndexPage",
    "ZonePage",
]
