"""publishing.yaml as validated data: the site's address, the publisher and contact, the
data licence, and what DIGG's model accessibility statement asks of the publisher."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from ..errors import RuleBroken
from ..messages import _
from ..plan.dates import checked_date
from ..plan.fields import Paragraphs, Text, WebAddress
from ..vocabulary import Compliance


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _date(value: object) -> str:
    """The date rule of every date valdplan reads (``plan.dates``), as a pydantic error."""
    try:
        return checked_date(str(value))
    except RuleBroken as err:
        raise PydanticCustomError("rule", "{message}", {"message": str(err)}) from None


def _optional_date(value: object) -> str | None:
    return None if value is None else _date(value)


class Publisher(_Strict):
    """The organisation that publishes the site and its data (utgivare)."""

    name: Text = Field(description="Name of the organisation (namn), e.g. Exempelby kommun.")
    organisation_number: Text = Field(description="Organisation number (organisationsnummer).")
    url: WebAddress = Field(description="The organisation's web site (webbplats).")


class Contact(_Strict):
    """Who answers questions about the data and the site (kontakt)."""

    name: Text = Field(description="Name of the office or function (namn).")
    email: Text = Field(description="E-mail address (e-post).")

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        local, at, domain = value.partition("@")
        if not (at and local and "." in domain and " " not in value):
            raise PydanticCustomError(
                "email", _("'{value}' is not an e-mail address"), {"value": value[:60]}
            )
        return value


class Gap(_Strict):
    """Content that is not accessible, and why (brist)."""

    content: Text = Field(description="What is not accessible (innehåll).")
    reason: Text = Field(description="Why (skäl).")


class Accessibility(_Strict):
    """What the accessibility statement says that only the publisher knows (DIGG's model)."""

    service: Text = Field(description="Name of the digital service (den digitala servicen).")
    compliance: Compliance = Field(
        description="full, partial or none: helt, delvis or inte förenlig med lagkraven."
    )
    assessed: str = Field(description="Date of the assessment (bedömningsdatum), YYYY-MM-DD.")
    updated: str = Field(description="Date the statement was last updated, YYYY-MM-DD.")
    method: Text | None = Field(
        None,
        description="How the site was assessed beyond valdplan's own browser checks (metod).",
    )
    feedback_email: Text = Field(description="Where to report gaps (e-post för synpunkter).")
    feedback_url: WebAddress | None = Field(None, description="A feedback form (formulär).")
    gaps: tuple[Gap, ...] = Field((), description="Known gaps of the site (kända brister).")
    disproportionate_burden: Paragraphs = Field(
        (), description="Content exempt as a disproportionate burden (12 § DOS-lagen)."
    )
    out_of_scope: Paragraphs = Field(
        (), description="Content the law does not cover (9 § DOS-lagen)."
    )

    _dates = field_validator("assessed", "updated", mode="before")(_date)


class Publishing(_Strict):
    """A whole publishing.yaml."""

    site_url: WebAddress = Field(
        description="Address the build is published at (webbplatsens adress), ending in /."
    )
    language: Literal["sv", "en"] = Field("sv", description="Language of the site (språk).")
    publisher: Publisher
    contact: Contact
    licence: WebAddress = Field(
        description="Licence of the data (licens), e.g. CC0's address.",
    )
    plan_issued: str | None = Field(
        None, description="When the plan was adopted (beslutsdatum), YYYY-MM-DD."
    )
    accessibility: Accessibility

    _issued = field_validator("plan_issued", mode="before")(_optional_date)

    @field_validator("site_url")
    @classmethod
    def _folder(cls, value: str) -> str:
        if not value.endswith("/"):
            raise PydanticCustomError(
                "site_url", _("'{value}' must end in / (the build's folder)"), {"value": value}
            )
        return value
