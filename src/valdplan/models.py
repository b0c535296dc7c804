"""The plan as validated, immutable data, and the cross-reference checks between its parts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from types import UnionType
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

Loc = tuple[str | int, ...]
ModelT = TypeVar("ModelT", bound=BaseModel)

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ACTION_ID = re.compile(r"([1-9][0-9]*):([1-9][0-9]*)")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def no_control_characters(value: str) -> str:
    """``value`` if it holds no control characters but newlines and tabs (they break HTML,
    spreadsheets and terminals)."""
    found = _CONTROL.search(value)
    if found:
        raise PydanticCustomError(
            "control_character",
            "holds the control character U+{code}; remove it",
            {"code": f"{ord(found.group()):04X}"},
        )
    return value


def iso_date(value: str) -> str:
    """``value`` if it is a real date written YYYY-MM-DD; raises ValueError otherwise."""
    import datetime

    if not _ISO_DATE.fullmatch(value):
        raise ValueError(value)
    return datetime.date.fromisoformat(value).isoformat()


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank_text", "must not be empty")
    return no_control_characters(value)


def _slug(value: str) -> str:
    if not _SLUG.fullmatch(value):
        raise PydanticCustomError(
            "slug",
            "'{value}' is not a valid id: use lowercase ASCII letters, digits and hyphens"
            " (e.g. 'socialnamnden')",
            {"value": value[:60]},
        )
    return value


def _action_id(value: str) -> str:
    if not _ACTION_ID.fullmatch(value):
        raise PydanticCustomError(
            "action_id",
            "'{value}' is not an action id: write it as printed, focus area and number"
            ' in quotes (e.g. "1:1")',
            {"value": value[:60]},
        )
    return value


# The validators give the messages; WithJsonSchema tells editors the same rules.
Text = Annotated[
    str,
    AfterValidator(_not_blank),
    WithJsonSchema({"type": "string", "minLength": 1, "pattern": "\\S"}),
]
Slug = Annotated[
    str,
    AfterValidator(_slug),
    WithJsonSchema({"type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"}),
]
ActionId = Annotated[
    str,
    AfterValidator(_action_id),
    WithJsonSchema({"type": "string", "pattern": "^[1-9][0-9]*:[1-9][0-9]*$"}),
]
Paragraphs = tuple[Text, ...]
BodyKind = Literal["board", "company", "council"]
Scope = Literal["global", "national", "regional", "local"]


class StrictModel(BaseModel):
    """Base of every plan model: unknown keys are errors and values never change."""

    # defer_build: the validators are built on first validation, not at import, so that
    # commands served from the cache (see ``construct``) never pay for building them.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Period(StrictModel):
    """A span of whole years, both ends included (period)."""

    start: int = Field(description="First year (första år), e.g. 2024.")
    end: int = Field(description="Last year (sista år), e.g. 2027.")

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise PydanticCustomError("period_order", "end must not be before start")
        return self

    def __str__(self) -> str:
        return f"{self.start}–{self.end}"


class PreviousPlan(StrictModel):
    """The plan this one replaces (ersätter)."""

    title: Text = Field(description="Title of the replaced plan (titel).")
    period: Period = Field(description="Period of the replaced plan (giltighetstid).")
    expires: Text | None = Field(None, description="Date it ran out (löper ut), YYYY-MM-DD.")


class Owner(StrictModel):
    """Who commissioned the plan and which office wrote and coordinates it."""

    board: Slug = Field(description="Body id of the commissioning board (uppdragsgivare).")
    office: Text | None = Field(None, description="Office that coordinates (samordnande kontor).")


class GoverningDocument(StrictModel):
    """A governing document the plan links to (styrdokument)."""

    name: Text = Field(description="Name of the document (namn).")
    scope: Scope = Field(description="global, national, regional or local (nivå).")
    period: Text | None = Field(None, description="Its period as printed (period), e.g. 2020–2026.")
    references: Paragraphs = Field((), description="Goals or parts referred to (mål, delar).")
    note: Text | None = Field(None, description="What the plan says about it (anmärkning).")


class Section(StrictModel):
    """A part of the plan's prose, in document order (avsnitt)."""

    title: Text = Field(description="Heading (rubrik).")
    paragraphs: Paragraphs = Field(description="Paragraphs of text (stycken).")


class Level(StrictModel):
    """A prevention level (preventionsnivå)."""

    id: Slug = Field(description="Id used by actions (id), e.g. universell.")
    name: Text = Field(description="Display name (namn), e.g. Universell.")
    aliases: tuple[Slug, ...] = Field((), description="Other spellings accepted (alias).")
    definition: Paragraphs = Field(description="What the level means (definition).")
    examples: Paragraphs = Field((), description="Examples the plan gives (exempel).")


class GlossaryEntry(StrictModel):
    """A concept or perspective the plan defines (begrepp)."""

    term: Text = Field(description="The term (begrepp).")
    section: Text = Field(description="Where the plan defines it (avsnitt), e.g. Begrepp.")
    definition: Text = Field(description="The definition as printed (definition).")


class Body(StrictModel):
    """A body that can be responsible for actions: board, company or council (organ)."""

    id: Slug = Field(description="ASCII id used by actions (id), e.g. socialnamnden.")
    name: Text = Field(description="Display name (namn), e.g. Socialnämnden.")
    kind: BodyKind = Field(description="board (nämnd), company (bolag) or council (råd).")


class Action(StrictModel):
    """One action (åtgärd) with who carries it out and at which prevention level."""

    id: ActionId = Field(description='Id as printed (id), e.g. "1:1"; gaps are kept.')
    text: Text = Field(description="The action (åtgärd).")
    examples: Paragraphs = Field((), description="Examples and suggestions (exempelvis).")
    responsible: tuple[Slug, ...] = Field(
        min_length=1, description="Responsible bodies (ansvarig nämnd), ids in printed order."
    )
    co_responsible: tuple[Slug, ...] = Field(
        (), description="Co-responsible bodies (medansvarig), ids in printed order."
    )
    levels: tuple[Slug, ...] = Field(
        min_length=1, description="Prevention levels (preventionsnivå), ids in printed order."
    )

    def role_of(self, body_id: str) -> Literal["responsible", "co-responsible"] | None:
        """Whether ``body_id`` is responsible or co-responsible for this action, if either."""
        if body_id in self.responsible:
            return "responsible"
        if body_id in self.co_responsible:
            return "co-responsible"
        return None


class FocusArea(StrictModel):
    """A focus area (fokusområde) and its actions."""

    number: int = Field(ge=1, description="Number (nummer), 1, 2, …")
    title: Text = Field(description="Heading of the focus area (rubrik).")
    introduction: Paragraphs = Field((), description="Text under the heading (inledning).")
    prerequisites: Paragraphs = Field(
        (),
        description="What must be in place (för att uppnå fokusområdet behöver följande"
        " vara på plats).",
    )
    actions: tuple[Action, ...] = Field(description="The actions, in printed order (åtgärder).")


class Plan(StrictModel):
    """A whole action plan: metadata, registers of bodies and levels, and focus areas."""

    title: Text = Field(description="Title of the plan (titel).")
    organisation: Text = Field(description="Organisation (organisation), e.g. Södertälje kommun.")
    period: Period = Field(description="Period of validity (giltighetstid).")
    replaces: PreviousPlan | None = Field(None, description="The plan it replaces (ersätter).")
    owner: Owner | None = Field(None, description="Who owns the plan (ägare).")
    purpose: Paragraphs = Field((), description="Purpose (syfte).")
    target_groups: Paragraphs = Field((), description="Target groups (målgrupper).")
    responsibility: Paragraphs = Field(
        (), description="Responsibility and follow-up (ansvar, genomförande och uppföljning)."
    )
    follow_up: Text | None = Field(
        None,
        description="How each body follows up its actions (uppföljning); shown in board"
        " checklists.",
    )
    governing_documents: tuple[GoverningDocument, ...] = Field(
        (), description="Governing documents the plan links to (styrdokument)."
    )
    sections: tuple[Section, ...] = Field((), description="Other prose, in order (avsnitt).")
    levels: tuple[Level, ...] = Field(
        min_length=1, description="Prevention levels (preventionsnivåer)."
    )
    glossary: tuple[GlossaryEntry, ...] = Field(
        (), description="Concepts and perspectives (begrepp och perspektiv)."
    )
    bodies: tuple[Body, ...] = Field(
        min_length=1, description="Every responsible body (nämnder, bolag och råd)."
    )
    focus_areas: tuple[FocusArea, ...] = Field(
        min_length=1, description="The focus areas and their actions (fokusområden)."
    )

    @model_validator(mode="after")
    def _references_hold(self, info: Any) -> Plan:
        # The loader checks references on the raw data itself (so that they are reported
        # together with structural problems, with positions); direct users get them here.
        if info.context and info.context.get("references_checked"):
            return self
        problems = reference_problems(self.model_dump())
        if problems:
            listed = "; ".join(f"{format_loc(loc)}: {message}" for loc, message in problems)
            raise PydanticCustomError("references", "{problems}", {"problems": listed})
        return self

    @cached_property
    def bodies_by_id(self) -> dict[str, Body]:
        return {body.id: body for body in self.bodies}

    @cached_property
    def actions_by_id(self) -> dict[str, tuple[FocusArea, Action]]:
        return {action.id: (area, action) for area, action in self.actions()}

    @cached_property
    def levels_by_id(self) -> dict[str, Level]:
        return {level.id: level for level in self.levels}

    def actions(self) -> Iterator[tuple[FocusArea, Action]]:
        """Every action with its focus area, in document order."""
        for area in self.focus_areas:
            for action in area.actions:
                yield area, action

    @property
    def action_count(self) -> int:
        return sum(len(area.actions) for area in self.focus_areas)


def construct(model: type[ModelT], data: Mapping[str, Any]) -> ModelT:
    """Build ``model`` from data that an earlier validation produced (``model_dump``), without
    validating again. Only for data whose integrity is checked otherwise (the cache)."""
    build = _BUILDERS.get(model) or _builder(model)
    return build(data)  # type: ignore[no-any-return]


Convert = Callable[[Any], Any]
_BUILDERS: dict[type[BaseModel], Convert] = {}


def _builder(model: type[BaseModel]) -> Convert:
    # Worked out once per model: a 12,000-action plan builds about 12,500 objects.
    fields = [
        (name, field.is_required(), _converter(field.annotation))
        for name, field in model.model_fields.items()
    ]

    def build(data: Mapping[str, Any]) -> BaseModel:
        values = {}
        for name, required, convert in fields:
            if name in data:
                value = data[name]
                values[name] = value if convert is None else convert(value)
            elif required:
                raise KeyError(f"{model.__name__}.{name} is missing")
        return model.model_construct(**values)

    _BUILDERS[model] = build
    return build


def _converter(annotation: Any) -> Convert | None:
    """How to turn JSON data into a value of ``annotation``; None when it is already one."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        nested = annotation
        return lambda value: construct(nested, value)
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin is Annotated:
        return _converter(args[0])
    if origin is tuple:
        item = _converter(args[0])
        if item is None:
            return tuple
        return lambda value: tuple(map(item, value))
    if origin in (Union, UnionType):
        inner = _converter(next(a for a in args if a is not type(None)))
        if inner is None:
            return None
        return lambda value: None if value is None else inner(value)
    return None


def model_in(annotation: Any) -> type[BaseModel] | None:
    """The model class inside an annotation such as ``tuple[Action, ...]`` or ``X | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = model_in(arg)
        if found is not None:
            return found
    return None


def format_loc(loc: Loc) -> str:
    """``("focus_areas", 0, "actions", 3)`` as ``focus_areas[0].actions[3]``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _items(data: Any, key: str) -> list[tuple[int, Mapping[str, Any]]]:
    """The mappings in list ``data[key]``, with their indexes; anything malformed is skipped
    (the models report it)."""
    if not isinstance(data, Mapping):
        return []
    value = data.get(key)
    if not isinstance(value, list | tuple):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, Mapping)]


def _closest(word: str, candidates: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, candidates, n=3, cutoff=0.6)
    return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


def reference_problems(data: Any) -> list[tuple[Loc, str]]:
    """Problems between the parts of a plan given as plain data: unknown bodies or levels,
    duplicate ids, action ids that do not start with their focus area's number.

    Works on raw, possibly invalid data so that these problems are reported in the same run
    as structural ones.
    """
    problems: list[tuple[Loc, str]] = []

    def unique_ids(key: str, field: str, what: str) -> dict[str, int]:
        seen: dict[str, int] = {}
        for i, item in _items(data, key):
            value = item.get(field)
            if not isinstance(value, str):
                continue
            if value in seen:
                problems.append(
                    ((key, i, field), f"duplicate {what} '{value}' (also {key}[{seen[value]}])")
                )
            else:
                seen[value] = i
        return seen

    body_ids = list(unique_ids("bodies", "id", "body id"))
    level_ids = list(unique_ids("levels", "id", "level id"))
    aliases: dict[str, str] = {}
    for i, level in _items(data, "levels"):
        for j, alias in enumerate(level.get("aliases") or ()):
            if isinstance(alias, str) and (alias in level_ids or alias in aliases):
                problems.append(
                    (("levels", i, "aliases", j), f"alias '{alias}' is already a level id or alias")
                )
            elif isinstance(alias, str) and isinstance(level.get("id"), str):
                aliases[alias] = level["id"]

    owner = data.get("owner") if isinstance(data, Mapping) else None
    owner_board = owner.get("board") if isinstance(owner, Mapping) else None
    if isinstance(owner_board, str) and owner_board not in body_ids:
        problems.append(_unknown_body(("owner", "board"), owner_board, body_ids))

    numbers: dict[str, int] = {}
    action_ids: dict[str, Loc] = {}
    for a, area in _items(data, "focus_areas"):
        number = str(area.get("number"))
        if number.isdigit():
            number = str(int(number))  # "01" is focus area 1
        if number in numbers:
            problems.append((("focus_areas", a, "number"), f"duplicate focus area number {number}"))
        numbers.setdefault(number, a)
        for n, action in _items(area, "actions"):
            loc: Loc = ("focus_areas", a, "actions", n)
            problems += _action_id_problems(loc, action.get("id"), number, action_ids)
            problems += _action_reference_problems(loc, action, body_ids, level_ids, aliases)
    return problems


def _action_id_problems(
    loc: Loc, action_id: Any, number: str, seen: dict[str, Loc]
) -> list[tuple[Loc, str]]:
    if not (isinstance(action_id, str) and _ACTION_ID.fullmatch(action_id)):
        return []
    problems: list[tuple[Loc, str]] = []
    if action_id in seen:
        also = format_loc(seen[action_id])
        problems.append(((*loc, "id"), f"duplicate action id '{action_id}' (also {also})"))
    else:
        seen[action_id] = loc
    if number.isdigit() and action_id.split(":")[0] != number:
        problems.append(
            (
                (*loc, "id"),
                f"action '{action_id}' is in focus area {number};"
                f" its id must start with '{number}:'",
            )
        )
    return problems


def _action_reference_problems(
    loc: Loc,
    action: Mapping[str, Any],
    body_ids: list[str],
    level_ids: list[str],
    aliases: dict[str, str],
) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    roles: dict[str, str] = {}
    for role in ("responsible", "co_responsible"):
        for r, ref in _strings(action.get(role)):
            if ref not in body_ids:
                problems.append(_unknown_body((*loc, role, r), ref, body_ids))
            elif ref in roles:
                problems.append(((*loc, role, r), f"'{ref}' is already listed in {roles[ref]}"))
            else:
                roles[ref] = role
    levels: set[str] = set()
    for r, ref in _strings(action.get("levels")):
        if ref in levels:
            message = f"'{ref}' is listed twice"
        elif ref in level_ids:
            levels.add(ref)
            continue
        elif ref in aliases:
            message = f"'{ref}' is an alias; write the level id '{aliases[ref]}'"
        else:
            message = f"'{ref}' is not a prevention level ({', '.join(level_ids)})"
        problems.append(((*loc, "levels", r), message))
    return problems


def _strings(value: Any) -> list[tuple[int, str]]:
    if not isinstance(value, list | tuple):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, str)]


def _unknown_body(loc: Loc, ref: str, body_ids: list[str]) -> tuple[Loc, str]:
    return loc, f"'{ref}' is not a body listed under bodies{_closest(ref, body_ids)}"
