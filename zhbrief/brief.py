"""The data model passed between stages.

`Document` is what the loader hands to the extractors (internal, a dataclass);
`Brief` and its parts are the public result, serialised as the JSON contract
`zhbrief.brief/1` described in DESIGN.md (extend, never break).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "zhbrief.brief/1"
Role = Literal["presided", "spoke", "attended"]


@dataclass
class SourceMeta:
    """Who published and who wrote or photographed, as read from bylines and credits."""

    outlet: str | None = None
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    page_date: str | None = None
    site: str | None = None  # a saved page's site (`新华网`), from its metadata or title
    url: str | None = None  # a saved page's address, when the page records it


@dataclass
class Document:
    """A loaded article: cleaned Simplified text split into sentences, plus metadata."""

    text: str
    sentences: list[str]
    paragraphs: list[str]
    source: SourceMeta = field(default_factory=SourceMeta)
    file: str | None = None
    script: Literal["simplified", "traditional"] = "simplified"
    headline: str | None = None
    captions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True)


class Source(_Model):
    outlet_zh: str | None = None
    outlet_en: str | None = None
    reporters: list[str] = Field(default_factory=list)
    reporters_en: list[str] = Field(default_factory=list)
    photographers: list[str] = Field(default_factory=list)
    file: str | None = None
    script: Literal["simplified", "traditional"] = "simplified"
    page_date: str | None = None  # the page's own date (metadata, the date line, 发布日期), ISO
    headline_zh: str | None = None
    headline_en: str | None = None  # composed when the headline is a meeting's name, else a model's
    site_zh: str | None = None  # a saved page's site; also the outlet when the text has no byline
    url: str | None = None  # a saved page's address (canonical link, og:url, "saved from")


class Event(_Model):
    date: str | None = None
    date_zh: str | None = None
    date_from: Literal["text", "page"] | None = None  # `page`: the page's date completed it
    title_zh: str | None = None
    title_en: str | None = None  # the full name: composed when every part is known, else a model's
    kind_en: str | None = None  # what kind of meeting and whose, even when the name is not known
    place_zh: str | None = None  # the jurisdiction: 梧州市, 汶上县, 中国
    place_en: str | None = None
    format_zh: str | None = None
    format_en: str | None = None
    convener_zh: str | None = None
    convener_en: str | None = None
    venues_zh: list[str] = Field(default_factory=list)
    venues_en: list[str] = Field(default_factory=list)


class Summary(_Model):
    zh: str = ""
    en: str | None = None
    en_from: Literal["model", "facts"] | None = None  # `facts`: built from the brief's fields, not a translation


class Person(_Model):
    name_zh: str
    name_en: str = ""
    titles_zh: list[str] = Field(default_factory=list)
    titles_en: list[str] = Field(default_factory=list)
    role: Role = "attended"
    venue_zh: str | None = None


class Directive(_Model):
    speaker_zh: str | None = None
    speaker_en: str | None = None
    text_zh: str
    text_en: str | None = None
    topics_en: list[str] = Field(default_factory=list)


class ModelsUsed(_Model):
    translator: str | None = None
    summarizer: str = "extractive"
    translator_backend: str | None = None  # "torch" or "ctranslate2 <compute type>"


class Brief(_Model):
    schema_: str = Field(default=SCHEMA, alias="schema")
    source: Source = Field(default_factory=Source)
    event: Event = Field(default_factory=Event)
    summary: Summary = Field(default_factory=Summary)
    people: list[Person] = Field(default_factory=list)
    directives: list[Directive] = Field(default_factory=list)
    models: ModelsUsed = Field(default_factory=ModelsUsed)
    warnings: list[str] = Field(default_factory=list)
    topics_en: list[str] = Field(default_factory=list)  # the policy topics the report names

    def to_json_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")

    def model_dump_json(self, *, indent: int | None = 2, by_alias: bool | None = True, **options) -> str:
        """The JSON contract exactly as `zhbrief brief --format json` prints it (without the
        final newline); pydantic's own options still apply."""
        return super().model_dump_json(indent=indent, by_alias=by_alias, **options)

    def to_markdown(self, script: Literal["simplified", "original"] = "simplified") -> str:
        """As `--format markdown` prints it; article text escaped (it is data, never markup)."""
        from zhbrief.render.markdown import render_markdown

        return render_markdown(self._view(script))

    def to_text(self, script: Literal["simplified", "original"] = "simplified") -> str:
        """As `--format text` prints it (plain, for logs and pipes)."""
        from zhbrief.render.text import render_text

        return render_text(self._view(script))

    def _view(self, script: str):
        from zhbrief.render.view import build_view

        if script == "original" and self.source.script == "traditional":
            from zhbrief.load.script import to_traditional

            return build_view(self, to_traditional)
        return build_view(self)
