from zones.models.guide import GuideChapterPage, GuidePage
from zones.models.stories import StoryIndexPage, StoryPage
from zones.models.story_tags import StoryTag, StoryTopic
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
    "StoryTopic",
    "Topic",
    "TrainingDocument",
    "TrainingIndexPage",
    "TrainingMaterialPage",
    "ZoneIndexPage",
    "ZonePage",
]
