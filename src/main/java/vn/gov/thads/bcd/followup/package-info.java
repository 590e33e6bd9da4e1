/**
 * Following a case up after the conclusion until it is closed: periodic status reports,
 * re-verification of the ability to pay, the separate tracking book, the final report and the
 * case's outcome ({@code bcd_follow_up}).
 */
package vn.gov.thads.bcd.followup;
