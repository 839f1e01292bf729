import pytest
from ouvrage_platform.testing import TokenMinter


@pytest.fixture(scope="session")
def minter() -> TokenMinter:
    return TokenMinter()


@pytest.fixture(scope="session")
def other_minter() -> TokenMinter:
    """Another key pair, with the same kid: its signatures must not verify."""
    return TokenMinter()
