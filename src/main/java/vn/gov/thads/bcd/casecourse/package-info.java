/**
 * How a concluded case changes course: the enforcement office reports that it ended early (the
 * debtor paid, the parties agreed, enforcement was terminated), or the secretariat puts it before
 * the committee again (a new round). Owns {@code bcd_case_round} and {@code bcd_early_closure};
 * {@link vn.gov.thads.bcd.casecourse.CaseCourseController} takes both reports over {@code /api}.
 */
package vn.gov.thads.bcd.casecourse;
