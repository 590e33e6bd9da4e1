/**
 * Tasklist as the agencies see it: their filters and the case number, agency and debtor on their
 * task cards.
 */
package vn.gov.thads.bcd.tasklist;
