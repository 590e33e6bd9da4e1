/**
 * The committee's view on a case and the chair's conclusion notice: the secretariat puts the case
 * on a meeting's agenda (the meetings themselves are {@link vn.gov.thads.bcd.meetings}') or
 * proposes written consultation ({@code bcd_meeting} rows of type WRITTEN), the minutes of the
 * case's agenda item, and the conclusion ({@code bcd_conclusion}); the directives it issues belong
 * to {@link vn.gov.thads.bcd.directives}. Each conclusion and written consultation is written with
 * its case's office ({@code office}, V49), by which the committee's report counts them.
 */
package vn.gov.thads.bcd.conclusions;
