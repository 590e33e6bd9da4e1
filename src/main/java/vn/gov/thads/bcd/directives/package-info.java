/**
 * The directives of a conclusion and their execution: the lead agency's report or extension
 * request, the chair's decision, the secretariat's verdict (tables {@code bcd_directive}, {@code
 * bcd_directive_supporting}, {@code bcd_directive_extension}; statuses {@link
 * vn.gov.thads.bcd.directives.DirectiveStatus}), and their counts per month that the committee's
 * report sums, the chair's decisions on them included ({@code bcd_directive_tally}, {@link
 * vn.gov.thads.bcd.directives.DirectiveTallies}).
 */
package vn.gov.thads.bcd.directives;
