-- After V20 and V20_1 (which moved the meetings recorded so far into bcd_committee_meeting): the meeting's own
-- columns leave bcd_meeting, and the agenda is guarded.
alter table bcd_meeting drop column meeting_date;
alter table bcd_meeting drop column meeting_time;
alter table bcd_meeting drop column place;
alter table bcd_meeting drop column participants;
alter table bcd_meeting add constraint uq_bcd_meeting_agenda_no unique (committee_meeting_id, agenda_no);
alter table bcd_meeting add constraint uq_bcd_meeting_agenda_case unique (committee_meeting_id, case_id);
alter table bcd_meeting add constraint ck_bcd_meeting_agenda
  check ((meeting_type = 'WRITTEN') = (committee_meeting_id is null)
     and (committee_meeting_id is null) = (agenda_no is null));
create index ix_bcd_meeting_case on bcd_meeting (case_id);
