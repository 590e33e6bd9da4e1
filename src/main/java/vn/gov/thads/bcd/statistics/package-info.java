/**
 * The province-wide figures of civil-judgment enforcement (Circular 05/2024/TT-BTP), as THADS tỉnh
 * reports them per period and per scope (the province or one regional office): entered over REST or
 * imported from the statistics system's XLSX, never computed from the committee's own cases. Each
 * submission is checked line by line ({@link vn.gov.thads.bcd.statistics.FigureChecks}) and kept
 * whole or not at all; a correction is a new revision. The completion rates about cases and about
 * money ({@link vn.gov.thads.bcd.statistics.Rates}) are compared with the year's targets. {@link
 * vn.gov.thads.bcd.statistics.ProvinceStatistics} is the API for other capabilities (the
 * committee's report). Owns {@code bcd_statistics_figures} and {@code bcd_statistics_target};
 * {@link vn.gov.thads.bcd.statistics.StatisticsController} serves them over {@code /api}.
 */
package vn.gov.thads.bcd.statistics;
