"""The Tenant aggregate (the company)."""

from uuid import uuid4

import pytest
from identity.domain.errors import InvalidTimezoneError, SenderEmailRequiredError
from identity.domain.tenant import Tenant
from ouvrage_events.catalog.identity import (
    TenantProfileChanged,
    TenantRegistered,
    TenantSenderChanged,
)

TENANT_ID = uuid4()
REGISTERED = TenantRegistered(tenant_id=TENANT_ID, name="Dupont Bâtiment", timezone="Europe/Paris")


def test_register_records_tenant_registered() -> None:
    tenant = Tenant.register(
        TENANT_ID, name=" Dupont  Bâtiment ", sender_email="Contact@Dupont-Batiment.fr"
    )
    assert tenant.pending == [
        TenantRegistered(tenant_id=TENANT_ID, name="Dupont Bâtiment", timezone="Europe/Paris",
                         sender_email="contact@dupont-batiment.fr")
    ]  # fmt: skip


def test_an_unknown_timezone_is_refused() -> None:
    with pytest.raises(InvalidTimezoneError):
        Tenant.register(TENANT_ID, name="X", timezone="Europe/Atlantis")


def test_a_sender_change_records_tenant_sender_changed_only() -> None:
    tenant = Tenant.fold(TENANT_ID, [REGISTERED])
    tenant.update(name="Dupont Bâtiment", timezone="Europe/Paris", sender_email="devis@dupont.fr")
    assert tenant.pending == [
        TenantSenderChanged(tenant_id=TENANT_ID, sender_email="devis@dupont.fr")
    ]


def test_a_profile_change_records_tenant_profile_changed_only() -> None:
    tenant = Tenant.fold(TENANT_ID, [REGISTERED])
    tenant.update(name="Dupont & Fils", timezone="America/Cayenne", sender_email=None)
    assert tenant.pending == [
        TenantProfileChanged(tenant_id=TENANT_ID, name="Dupont & Fils", timezone="America/Cayenne")
    ]


def test_nothing_changed_records_nothing() -> None:
    tenant = Tenant.fold(TENANT_ID, [REGISTERED])
    tenant.update(name="Dupont Bâtiment", timezone="Europe/Paris", sender_email=None)
    assert tenant.pending == []


def test_the_sender_cannot_be_cleared_once_set() -> None:
    tenant = Tenant.fold(
        TENANT_ID, [REGISTERED, TenantSenderChanged(tenant_id=TENANT_ID, sender_email="a@b.fr")]
    )
    with pytest.raises(SenderEmailRequiredError):
        tenant.update(name="Dupont Bâtiment", timezone="Europe/Paris", sender_email=None)
