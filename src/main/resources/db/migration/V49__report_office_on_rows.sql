-- Issue 17: the committee's report counts conclusions, agenda items and written consultations per office (the
-- case's submitting agency), and an office's report keeps only that office's rows. Joining each to bcd_case for
-- the office read all 25,000 entries of the case index for every such statement (the year's conclusions: 12 ms of
-- the report's 50). The office now sits on the row itself, written with it from the case, which never changes its
-- office (no statement updates bcd_case.submitting_agency). With the office in the indexes below the statements
-- read those indexes alone: conclusions of the year 12 -> 4 ms, meetings of the year 8 -> 2 ms (25,000 cases).
-- Cost per write: no extra statement (the insert reads the office from the case itself); one more index entry per
-- conclusion notice and per meeting item, and a column of at most 64 bytes.
alter table bcd_conclusion add column office varchar(64);
update bcd_conclusion set office = (select c.submitting_agency from bcd_case c where c.id = bcd_conclusion.case_id);
alter table bcd_conclusion alter column office set not null;
-- By the notice's day: the year's conclusions, the cases concluded and the coercions ordered.
create index ix_bcd_conclusion_date_office on bcd_conclusion (document_date, office, case_id, coercion_ordered);

alter table bcd_meeting add column office varchar(64);
update bcd_meeting set office = (select c.submitting_agency from bcd_case c where c.id = bcd_meeting.case_id);
alter table bcd_meeting alter column office set not null;
-- The committee meetings of a period by office: from each meeting (by its day) to its agenda items' offices.
create index ix_bcd_meeting_agenda_office on bcd_meeting (committee_meeting_id, office);
