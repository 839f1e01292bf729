"""Domain errors as problem+json: status and stable code (the French detail is the message).

The command pipeline's errors (412 stale If-Match with ``current_version``, 409 lost race) are
answered by ``ouvrage_platform.errors`` the same way in every service."""

from __future__ import annotations

from collections.abc import Mapping

from actions.domain import errors as e

ERROR_MAPPING: Mapping[type[Exception], tuple[int, str]] = {
    e.ActionTypeNotFoundError: (404, "action_type_not_found"),
    e.ActionNotFoundError: (404, "action_not_found"),
    e.ClientNotFoundError: (404, "client_not_found"),
    e.ResponseNotFoundError: (404, "response_not_found"),
    e.ActionChangeForbiddenError: (403, "action_change_forbidden"),
    e.ClientTrashedError: (409, "client_trashed"),
    e.ActionTypeNameTakenError: (409, "action_type_name_taken"),
    e.ActionTypeRetiredError: (409, "action_type_retired"),
    e.ResponseExistsError: (409, "response_exists"),
    e.ActionClosedError: (409, "action_closed"),
    e.InvalidUsersError: (422, "invalid_users"),
    e.InvalidNameError: (422, "invalid_name"),
    e.InvalidResponseError: (422, "invalid_response"),
    e.ResponseNotAllowedError: (422, "response_not_allowed"),
    e.NothingToChangeError: (422, "nothing_to_change"),
    e.NonexistentLocalTimeError: (422, "nonexistent_local_time"),
    e.UnknownTimezoneError: (422, "unknown_timezone"),
    e.FollowUpRuleNotFoundError: (404, "follow_up_rule_not_found"),
    e.FollowUpRuleDeletedError: (409, "follow_up_rule_deleted"),
    e.InvalidFollowUpRuleError: (422, "invalid_follow_up_rule"),
}
