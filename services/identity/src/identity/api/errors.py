"""The one translation of identity's errors into problem+json (status, stable code, French
detail)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from ouvrage_platform.errors import ProblemError, problem_response

from identity.domain import errors as e

STATUS_AND_CODE: dict[type[e.IdentityError], tuple[int, str]] = {
    e.InvalidCredentialsError: (401, "invalid_credentials"),
    e.InvalidRefreshTokenError: (401, "invalid_refresh_token"),
    e.PasswordPolicyError: (422, "password_policy"),
    e.CurrentPasswordRequiredError: (422, "current_password_required"),
    e.CurrentPasswordIncorrectError: (403, "current_password_incorrect"),
    e.UserNotFoundError: (404, "user_not_found"),
    e.TenantNotFoundError: (404, "tenant_not_found"),
    e.EmailAlreadyUsedError: (409, "email_taken"),
    e.InvalidEmailError: (422, "invalid_email"),
    e.InvalidNameError: (422, "invalid_name"),
    e.InvalidPhoneError: (422, "invalid_phone"),
    e.InvalidSignatureError: (422, "invalid_signature"),
    e.InvalidTimezoneError: (422, "invalid_timezone"),
    e.SenderEmailRequiredError: (422, "sender_email_required"),
    e.UnknownPermissionError: (422, "unknown_permission"),
    e.GrantNotAllowedError: (403, "grant_not_allowed"),
    e.LastAdministratorError: (409, "last_administrator"),
    e.UserDeactivatedError: (409, "user_deactivated"),
    e.SelfDeactivationError: (409, "self_deactivation"),
    e.UnknownNotificationKindError: (422, "unknown_notification_kind"),
    e.InvalidChannelError: (422, "invalid_channel"),
    e.ForbiddenError: (403, "forbidden"),
    e.HasherBusyError: (503, "busy"),
    e.AccountAuthorityError: (403, "account_authority"),
    e.ActorDeactivatedError: (401, "actor_deactivated"),
    e.SecurityNotificationsRequiredError: (422, "security_notifications_required"),
    e.PasswordChangeRequiredError: (403, "password_change_required"),
}


def to_problem(exc: Exception) -> ProblemError:
    if isinstance(exc, e.IdentityError):
        status, code = next(
            (STATUS_AND_CODE[cls] for cls in type(exc).__mro__ if cls in STATUS_AND_CODE),
            (400, "identity_error"),
        )
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        if status == 503:
            headers = {"Retry-After": "1"}
        return ProblemError(status, code, str(exc), extra=dict(exc.details), headers=headers)
    raise exc


def install_identity_errors(app: FastAPI) -> None:
    """Domain errors as problems (the command pipeline's 404/409/412 are answered by
    ``ouvrage_platform.errors``, as in every service)."""

    async def handle(request: Request, exc: Exception) -> JSONResponse:
        return problem_response(request.url.path, to_problem(exc))

    app.add_exception_handler(e.IdentityError, handle)
