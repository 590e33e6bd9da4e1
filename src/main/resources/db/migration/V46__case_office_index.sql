-- Issue 17: the committee's report joins most of what it counts to the case for the case's office
-- (submitting agency), and an office's report keeps only that office's cases. With the case's id and
-- category beside the office in the index, those joins read the index alone (a few hundred kB)
-- instead of every row of bcd_case. It replaces the index on the office alone, which served the
-- register's filter by office and still does (same first column): no extra index entry per write.
create index ix_bcd_case_office on bcd_case (submitting_agency, id, category);
drop index ix_bcd_case_agency;
