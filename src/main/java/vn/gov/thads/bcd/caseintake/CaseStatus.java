package vn.gov.thads.bcd.caseintake;

/** Where a case stands, as kept in {@code bcd_case.status} for reports. */
public enum CaseStatus {
  /** Dossier submitted, waiting for approval or being completed. */
  DOSSIER_REVIEW,
  /** Sent to the committee; the members are giving their opinions. */
  OPINIONS,
  /** Waiting for the meeting and the chair's conclusion. */
  CONCLUSION,
  /** Directives and, where ordered, coercive enforcement under way. */
  EXECUTION,
  /** Follow-up until an outcome. */
  FOLLOW_UP,
  CLOSED
}
