-- A meeting has a time and a place, and the day its papers went to the members (checked to be at
-- least the configured number of working days before the meeting). Meetings recorded before this
-- version have none of them.
alter table bcd_meeting add column meeting_time time;
alter table bcd_meeting add column place varchar(500);
alter table bcd_meeting add column papers_sent_date date;
