-- A new case's first status publication is recorded under the case's provisional number (up to 32
-- characters, as bcd_case.case_number) and gets the real one just before the commit
-- (CaseNumbering, issue 17). Widening a varchar rewrites nothing on PostgreSQL.
alter table bcd_publication alter column case_number set data type varchar(32);
