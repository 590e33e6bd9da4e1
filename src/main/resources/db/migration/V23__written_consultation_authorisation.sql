-- The standing deputy decides on a written consultation (instead of a meeting) only on the chair's written
-- authorisation, as for the conclusion itself (V17); its number and date are kept with the decision.
alter table bcd_meeting add column decision_authorisation_ref varchar(100);
