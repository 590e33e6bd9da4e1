-- Cockpit supervision views (issue 5): the overdue dashboard reads, for each open task of a page, the reminders
-- sent and the highest escalation from bcd_reminder (index-only); the case tabs read a case's directives and
-- reminders by case. Indexes on Camunda's tables are created at start-up (cockpit.CamundaTableIndexes), after the
-- engine's schema exists. Portable between PostgreSQL and H2.
create index ix_bcd_reminder_task on bcd_reminder (task_id, status, kind);
create index ix_bcd_conclusion_case on bcd_conclusion (case_id);
create index ix_bcd_directive_extension on bcd_directive_extension (directive_id);
create index ix_bcd_case_category on bcd_case (category);
