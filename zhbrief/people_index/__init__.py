"""People identified across a batch's briefs: who appeared where, with which titles, when.

Used by `zhbrief people` and the dashboard. `read_briefs(folder)` -> `build_people(briefs)`
-> `find_changes(people, since)`."""

from zhbrief.people_index.changes import find_changes, in_dates, restrict
from zhbrief.people_index.identity import build_people
from zhbrief.people_index.model import Appearance, BriefRef, Changes, Person, TitleSeen, brief_date, read_briefs

__all__ = [
    "Appearance",
    "BriefRef",
    "Changes",
    "Person",
    "TitleSeen",
    "brief_date",
    "build_people",
    "find_changes",
    "in_dates",
    "read_briefs",
    "restrict",
]
