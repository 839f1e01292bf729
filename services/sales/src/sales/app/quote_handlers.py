"""Quote commands, each through the one pipeline: create, revise, send, accept, refuse."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

import ouvrage_events as es
import structlog

from sales.app.documents import QuoteDocument, quote_document
from sales.app.ports import ClientDirectory, Numbering, Renderer, Today
from sales.app.sending import quote_sent
from sales.domain.company import CompanyProfile, profile_id
from sales.domain.errors import QuoteNotFoundError
from sales.domain.numbering import QUOTES, document_number
from sales.domain.quote import Quote, QuoteContent
from sales.domain.standing import ClientStanding, commercial_client, known_client

log = structlog.get_logger(__name__)
Render = Callable[[Quote], Any]


@dataclass(frozen=True, slots=True)
class SalesPorts:
    """What every sales handler uses beside the pipeline."""

    pipeline: es.Pipeline
    directory: ClientDirectory
    numbering: Numbering
    renderer: Renderer
    today: Today


async def commercial(ports: SalesPorts, run: es.Command, client_id: UUID) -> ClientStanding:
    """The client, if commercial management is allowed for it (the block refuses here)."""
    standing = await ports.directory.standing(run.conn, client_id)
    return commercial_client(standing, run.tenant_id)


async def company(run: es.Command) -> CompanyProfile:
    found = await run.get(CompanyProfile, profile_id(run.tenant_id))
    return found or CompanyProfile(profile_id(run.tenant_id))


async def _answer(quote: Quote) -> Quote:
    return quote


class QuoteHandlers:
    def __init__(self, ports: SalesPorts) -> None:
        self.ports = ports

    async def create(
        self,
        meta: es.Metadata,
        quote_id: UUID,
        client_id: UUID,
        content: QuoteContent,
        idem: es.Idempotency | None = None,
        render: Render | None = None,
    ) -> Quote | es.Replay:
        """Draft a quote numbered ``D-<year>-<n>`` for an unblocked client."""
        async with self.ports.pipeline.command(meta, idempotency=idem) as run:
            if (replay := await run.replay()) is not None:
                return replay
            client = await commercial(self.ports, run, client_id)
            today = self.ports.today()
            n = await self.ports.numbering.next(run, QUOTES, today.year)
            number = document_number(QUOTES, today.year, n)
            quote = Quote.draft(
                quote_id, client_id, number, content, today=today, client_name=client.display_name
            )
            run.add(quote)
            await run.commit(read=lambda _conn: _answer(quote), render=render)
        log.info("quote.drafted", quote_id=str(quote_id), client_id=str(client_id))
        return quote

    async def revise(
        self, meta: es.Metadata, quote_id: UUID, expected: int | None, content: QuoteContent
    ) -> Quote:
        """Change the content; a sent quote becomes a draft of its next revision."""
        async with self.ports.pipeline.command(meta) as run:
            quote = await run.load(
                Quote, quote_id, expected_version=expected, missing=lambda: QuoteNotFoundError()
            )
            assert quote.client_id is not None
            await commercial(self.ports, run, quote.client_id)
            quote.revise(content, today=self.ports.today())
            await run.commit()
        log.info("quote.revised", quote_id=str(quote_id), revision=quote.revision)
        return quote

    async def send(self, meta: es.Metadata, quote_id: UUID, expected: int | None) -> Quote:
        """Email the quote's PDF to the client (through the notifier, by ``QuoteSent``)."""
        async with self.ports.pipeline.command(meta) as run:
            quote = await run.load(
                Quote, quote_id, expected_version=expected, missing=lambda: QuoteNotFoundError()
            )
            assert quote.client_id is not None
            client = await commercial(self.ports, run, quote.client_id)
            today = self.ports.today()
            quote.ensure_sendable(today)
            mentions = (await company(run)).ready()
            sent = quote_sent(self.ports.renderer, quote, mentions, client, meta.actor_id)
            quote.send(sent, today)
            await run.commit()
        log.info("quote.sent", quote_id=str(quote_id), revision=quote.revision)
        return quote

    async def accept(
        self,
        meta: es.Metadata,
        quote_id: UUID,
        expected: int | None,
        signer_name: str,
        accepted_on: date | None,
    ) -> Quote:
        """« Bon pour accord »: the client's signature (name and date)."""
        when = accepted_on or self.ports.today()
        quote = await self._change(meta, quote_id, expected, lambda q: q.accept(signer_name, when))
        log.info("quote.accepted", quote_id=str(quote_id))
        return quote

    async def refuse(
        self, meta: es.Metadata, quote_id: UUID, expected: int | None, reason: str
    ) -> Quote:
        """The client refused the quote."""
        quote = await self._change(meta, quote_id, expected, lambda q: q.refuse(reason))
        log.info("quote.refused", quote_id=str(quote_id))
        return quote

    async def _change(
        self, meta: es.Metadata, quote_id: UUID, expected: int | None, act: Callable[[Quote], None]
    ) -> Quote:
        async with self.ports.pipeline.command(meta) as run:
            quote = await run.load(
                Quote, quote_id, expected_version=expected, missing=lambda: QuoteNotFoundError()
            )
            act(quote)
            await run.commit()
        return quote

    async def document(self, meta: es.Metadata, quote_id: UUID) -> QuoteDocument:
        """What the quote's PDF shows (a blocked client's quote still prints)."""
        async with self.ports.pipeline.command(meta) as run:
            quote = await run.load(Quote, quote_id, missing=lambda: QuoteNotFoundError())
            mentions = (await company(run)).ready()
            assert quote.client_id is not None and quote.drafted_on is not None
            standing = await self.ports.directory.standing(run.conn, quote.client_id)
            client = known_client(standing, run.tenant_id)
        return quote_document(quote, mentions, client, quote.drafted_on)

    async def load(self, meta: es.Metadata, quote_id: UUID) -> Quote:
        """The tenant's quote as it stands (nothing recorded)."""
        async with self.ports.pipeline.command(meta) as run:
            return await run.load(Quote, quote_id, missing=lambda: QuoteNotFoundError())
