/**
 * Asking the members for their written opinions: the head's approval, the secretariat's review, the
 * choice of agencies (with the DMN proposal), the opinions asked for ({@code bcd_opinion_request}),
 * each opinion and the missing ones ({@code bcd_opinion}), and their counts per month that the
 * committee's report sums ({@code bcd_opinion_tally}, {@link
 * vn.gov.thads.bcd.opinions.OpinionTallies}).
 */
package vn.gov.thads.bcd.opinions;
