-- Issue 17, the committee's report: PostgreSQL's V41 indexes the escalations sent by the moment counted and the open
-- directives by deadline (partial and expression indexes); H2 (demo run) has neither, so these index the plain
-- columns.
create index ix_bcd_reminder_escalation_sent on bcd_reminder (kind, sent_at);
create index ix_bcd_directive_open_deadline on bcd_directive (deadline, id);
create index ix_bcd_directive_done_at on bcd_directive (done_at);
