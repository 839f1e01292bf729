"""Optimistic concurrency over HTTP: `ETag` carries the aggregate version, `If-Match` expects it."""

import re
from typing import Annotated

from fastapi import Depends, Header

from ouvrage_platform.errors import VERSION_CONFLICT_DETAIL, ProblemError

INVALID_IF_MATCH_DETAIL = 'L\'en-tête If-Match est invalide : il doit porter une version, ex. "3".'

_IF_MATCH = re.compile(r'^(?:W/)?(?:"(\d{1,18})"|(\d{1,18}))$')


class PreconditionFailedError(ProblemError):
    """The version the client expected is not the current one (412)."""

    def __init__(self, *, current_version: int | None = None) -> None:
        extra = {} if current_version is None else {"current_version": current_version}
        super().__init__(412, "version_conflict", VERSION_CONFLICT_DETAIL, extra=extra)


def etag(version: int) -> str:
    """The ETag of an aggregate at `version`: `"3"`."""
    return f'"{version}"'


def parse_if_match(header: str | None) -> int | None:
    """The version an `If-Match` header expects (`"3"`, `W/"3"` or `3`); None when absent or `*`."""
    if header is None or not header.strip() or header.strip() == "*":
        return None
    match = _IF_MATCH.match(header.strip())
    if match is None:
        raise ProblemError(400, "invalid_if_match", INVALID_IF_MATCH_DETAIL)
    return int(match.group(1) or match.group(2))


def check_version(expected: int | None, current: int) -> None:
    """Raise PreconditionFailedError when the client expected another version."""
    if expected is not None and expected != current:
        raise PreconditionFailedError(current_version=current)


async def if_match(
    if_match: Annotated[str | None, Header(alias="If-Match")] = None,
) -> int | None:
    """Dependency: the version expected by the request's `If-Match`, if any."""
    return parse_if_match(if_match)


IfMatchDep = Annotated[int | None, Depends(if_match)]
