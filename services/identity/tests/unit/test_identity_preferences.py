"""Preferences: home page SAV display and notification channels per kind."""

import pytest
from identity.domain.errors import (
    InvalidChannelError,
    SecurityNotificationsRequiredError,
    UnknownNotificationKindError,
)
from identity.domain.preferences import NOTIFICATION_KINDS, Preferences


def test_defaults_match_the_faq_home_page_and_every_channel_on() -> None:
    prefs = Preferences()
    assert prefs.show_archived_sav is False
    assert prefs.sav_observations_as_tooltips is True
    assert prefs.all_channels() == {kind: ["alert", "email"] for kind in NOTIFICATION_KINDS}


def test_a_kind_left_out_keeps_both_channels_and_an_empty_list_silences_one() -> None:
    prefs = Preferences.build(
        show_archived_sav=False, sav_observations_as_tooltips=True,
        notification_channels={"action_shared": [], "site_sheet": ["email", "alert"]},
    )  # fmt: skip
    assert prefs.channels_for("action_shared") == ()
    assert prefs.channels_for("site_sheet") == ("alert", "email")
    assert prefs.channels_for("action_due") == ("alert", "email")


def test_unknown_kinds_and_channels_are_refused() -> None:
    with pytest.raises(UnknownNotificationKindError) as caught:
        Preferences.build(show_archived_sav=False, sav_observations_as_tooltips=True,
                          notification_channels={"birthday": ["alert"]})  # fmt: skip
    assert caught.value.details["kinds"] == ["birthday"]
    with pytest.raises(InvalidChannelError):
        Preferences.build(show_archived_sav=False, sav_observations_as_tooltips=True,
                          notification_channels={"security": ["sms"]})  # fmt: skip


def test_recorded_preferences_with_a_retired_kind_still_load() -> None:
    prefs = Preferences.from_event(
        show_archived_sav=True, sav_observations_as_tooltips=True,
        notification_channels={"retired_kind": ["alert"], "security": ["email"]},
    )  # fmt: skip
    assert dict(prefs.notification_channels) == {"security": ("email",)}


def test_a_patch_changes_only_what_it_names() -> None:
    """Toggling the SAV display no longer resets the notification channels."""
    prefs = Preferences.build(
        show_archived_sav=False, sav_observations_as_tooltips=True,
        notification_channels={"action_shared": [], "site_sheet": ["email"]},
    )  # fmt: skip

    toggled = prefs.patched(show_archived_sav=True)
    assert toggled.show_archived_sav is True
    assert toggled.notification_channels == prefs.notification_channels

    one_kind = toggled.patched(notification_channels={"action_shared": ["alert"]})
    assert one_kind.channels_for("action_shared") == ("alert",)
    assert one_kind.channels_for("site_sheet") == ("email",)
    assert one_kind.show_archived_sav is True


def test_a_patch_is_checked_like_a_replacement() -> None:
    with pytest.raises(SecurityNotificationsRequiredError):
        Preferences().patched(notification_channels={"security": []})
    with pytest.raises(UnknownNotificationKindError):
        Preferences().patched(notification_channels={"birthday": ["alert"]})
