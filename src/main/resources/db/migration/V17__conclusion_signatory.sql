-- Who concluded (issue 13): the chair, or the standing deputy on the chair's written authorisation, whose reference
-- is kept with the notice.
alter table bcd_conclusion add column concluded_as varchar(20); -- CHAIR, STANDING_DEPUTY
alter table bcd_conclusion add column authorisation_ref varchar(100);
