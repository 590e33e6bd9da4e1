-- The lead agency's pending request for more time, recorded once when it asks; the chair's decision reads it from
-- here (an approved extension is kept in bcd_directive_extension as before).
alter table bcd_directive add column requested_deadline date;
alter table bcd_directive add column request_reason varchar(2000);
alter table bcd_directive add column requested_by varchar(64);
alter table bcd_directive add column requested_at timestamp with time zone;
