/**
 * Meetings of the Ban Chỉ đạo (tables {@code bcd_committee_meeting}, {@code
 * bcd_committee_meeting_participant}): the quarterly meeting with its agenda of several cases, or a
 * meeting held for one case; each case on an agenda is an item of {@code bcd_meeting} with its
 * papers, its own minutes and its case's office (V49, by which the committee's report counts
 * meetings). The secretariat's task in {@link vn.gov.thads.bcd.conclusions} puts a case on a
 * meeting; {@code GET /api/meetings/{id}} reads one.
 */
package vn.gov.thads.bcd.meetings;
