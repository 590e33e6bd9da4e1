/**
 * E-mail reminders before and after deadlines, escalations to the agency head and the chair, daily
 * digests, and their log ({@code bcd_reminder}).
 */
package vn.gov.thads.bcd.reminders;
