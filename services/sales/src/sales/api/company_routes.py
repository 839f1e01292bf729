"""The company's legal mentions (settings of the sales service)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from ouvrage_events.catalog.sales import CompanyMentions
from ouvrage_platform.versioning import IfMatchDep, etag

from sales.api.deps import ContainerDep, ReaderDep, SettingsWriterDep, reader_metadata
from sales.api.requests import CompanyIn
from sales.domain.company import CompanyProfile

router = APIRouter(tags=["company"])


def _answer(profile: CompanyProfile, response: Response) -> CompanyMentions | None:
    response.headers["ETag"] = etag(profile.version)
    return profile.mentions


@router.get("/company", response_model=CompanyMentions | None)
async def get_company(user: ReaderDep, c: ContainerDep, response: Response) -> object:
    """The mentions printed on quotes and invoices (null until they are set)."""
    return _answer(await c.company.current(reader_metadata(user)), response)


@router.put("/company", response_model=CompanyMentions)
async def put_company(
    body: CompanyIn,
    meta: SettingsWriterDep,
    c: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> object:
    """Set the SIRET, VAT number, ten-year insurer and coverage, payment terms…"""
    return _answer(await c.company.change(meta, body.mentions(), expected), response)
