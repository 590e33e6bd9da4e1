-- Issue 17: an extension or an adjustment counts in the report for the directive's lead agency when the chair decided
-- it (for a reassignment, the agency it took the directive from). The application now writes that agency on the row
-- when the chair decides, so the report counts these rows alone instead of joining each to its directive and to the
-- reassignments after it. Here the rows decided before get it the way the report worked it out: the agency the first
-- approved reassignment decided at or after that moment took the directive from, else the directive's lead now.
alter table bcd_directive_extension add column lead_agency varchar(64);
update bcd_directive_extension set lead_agency = coalesce(
  (select r.old_value from bcd_directive_change r
   where r.directive_id = bcd_directive_extension.directive_id and r.kind = 'REASSIGN' and r.decision = 'APPROVED'
     and r.decided_at >= bcd_directive_extension.decided_at
   order by r.decided_at, r.id fetch first 1 row only),
  (select d.lead_agency from bcd_directive d where d.id = bcd_directive_extension.directive_id));
alter table bcd_directive_extension alter column lead_agency set not null;

-- Null while the proposal waits for the chair.
alter table bcd_directive_change add column lead_agency varchar(64);
update bcd_directive_change set lead_agency = coalesce(
  (select r.old_value from bcd_directive_change r
   where r.directive_id = bcd_directive_change.directive_id and r.kind = 'REASSIGN' and r.decision = 'APPROVED'
     and r.decided_at >= bcd_directive_change.decided_at
   order by r.decided_at, r.id fetch first 1 row only),
  (select d.lead_agency from bcd_directive d where d.id = bcd_directive_change.directive_id))
where decided_at is not null;
