package vn.gov.thads.bcd.caseintake;

import java.time.Instant;

/**
 * A case's status was recorded (its first status when the case is registered: {@code previous} is
 * null). Published synchronously, inside the transaction that changed the row, so that whatever
 * listens (publication to the province's systems) commits or rolls back with the change.
 *
 * @param outcome the outcome code when the case is closed (e.g. COMPLETED), otherwise null
 */
public record CaseStatusChanged(
    long caseId, CaseStatus previous, CaseStatus status, String outcome, Instant changedAt) {}
