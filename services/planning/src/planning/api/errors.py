"""Domain errors -> problem+json status and stable code (the service's one mapping).

The command pipeline's errors (412 stale If-Match with ``current_version``, 409 lost race) are
answered by ``ouvrage_platform.errors`` the same way in every service."""

from __future__ import annotations

from planning.domain import errors as e

ERROR_MAPPING: dict[type[Exception], tuple[int, str]] = {
    e.WorksiteNotFoundError: (404, "worksite_not_found"),
    e.InterventionNotFoundError: (404, "intervention_not_found"),
    e.SavTicketNotFoundError: (404, "sav_not_found"),
    e.ClientNotFoundError: (404, "client_not_found"),
    e.OperatorNotFoundError: (404, "operator_not_found"),
    e.ClientTrashedError: (409, "client_trashed"),
    e.WorksiteClosedError: (409, "worksite_closed"),
    e.InterventionLockedError: (409, "intervention_locked"),
    e.TaskAlreadyInCatalogError: (409, "task_already_in_catalog"),
    e.TaskAlreadyOnWorksiteError: (409, "task_already_on_worksite"),
    e.SavArchivedError: (409, "sav_archived"),
    e.InvalidSlotError: (422, "invalid_slot"),
    e.InvalidPeriodError: (422, "invalid_period"),
    e.InvalidWeekError: (422, "invalid_week"),
    e.BlankFieldError: (422, "blank_field"),
    e.NothingToChangeError: (422, "nothing_to_change"),
    e.UnknownOperatorError: (422, "unknown_operator"),
    e.UnknownRecipientError: (422, "unknown_recipient"),
    e.UnknownCatalogTaskError: (422, "unknown_catalog_task"),
    e.SheetTooLargeError: (422, "sheet_too_large"),
    e.WorksiteAlreadyAcceptedError: (409, "worksite_already_accepted"),
    e.WorksiteNotAcceptedError: (409, "worksite_not_accepted"),
    e.ReserveNotFoundError: (404, "reserve_not_found"),
    e.ReserveAlreadyLiftedError: (409, "reserve_already_lifted"),
    e.LiftBeforeAcceptanceError: (422, "lift_before_acceptance"),
    e.SavWorksiteMismatchError: (422, "sav_worksite_mismatch"),
    e.DisorderRequiredError: (422, "disorder_required"),
    e.PlanningError: (422, "planning_refused"),
}
