/**
 * The committee's report (issue 16), computed from the committee's own cases: its work (cases
 * submitted, returned, concluded; meetings and written consultations; opinions per agency;
 * directives per lead agency with their on-time rates and the oldest overdue; escalations), the
 * enforcement (coercions ordered, carried out, postponed, stopped; disputes pending with their age;
 * rulings; auctions) and the outcomes of the cases (closed by outcome, amounts, categories, carried
 * over), for a {@link vn.gov.thads.bcd.statistics.ReportingPeriod} and the province or one regional
 * office (the submitting THADS office of the case). Every number is one {@link
 * vn.gov.thads.bcd.reports.Metric} whose rows also list the cases behind it. {@link
 * vn.gov.thads.bcd.reports.CommitteeReport} is the API for the later Cockpit page, exports and
 * mail; {@link vn.gov.thads.bcd.reports.CommitteeReportController} serves it over {@code /api};
 * {@link vn.gov.thads.bcd.reports.ReportStatements} runs a report's statements side by side. Reads
 * the application's tables (the directives issued and done from their counts per month, kept by
 * {@code directives}) and Camunda's task history; owns no table.
 */
package vn.gov.thads.bcd.reports;
