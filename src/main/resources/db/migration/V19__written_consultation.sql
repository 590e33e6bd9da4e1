-- Written consultation without a meeting (issue 13): the secretariat proposes that the chair conclude on the
-- members' written opinions (why, who, when); the chair decides (approved or rejected, a note, who, when). The
-- proposal is kept in bcd_meeting as a row of type WRITTEN, which has no meeting day, time, place or papers.
-- When the chair rejects it, the secretariat schedules a meeting: a new row.
alter table bcd_meeting alter column meeting_date drop not null;
alter table bcd_meeting add column proposal_reason varchar(2000);
alter table bcd_meeting add column proposed_by varchar(64);
alter table bcd_meeting add column proposed_at timestamp with time zone;
alter table bcd_meeting add column decision varchar(20); -- APPROVED, REJECTED
alter table bcd_meeting add column decision_note varchar(2000);
alter table bcd_meeting add column decided_by varchar(64);
alter table bcd_meeting add column decided_at timestamp with time zone;
