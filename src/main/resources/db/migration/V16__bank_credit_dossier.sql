-- The dossier of a bank-credit case (category tin-dung-ngan-hang): whether the creditor is a credit
-- institution and which, the collateral (description, registration, value) and the principal and
-- interest owed. Optional, so cases recorded before this version have none of them; refused on
-- the server for any other category (caseintake.Dossier).
alter table bcd_case add column creditor_is_credit_institution boolean default false not null;
alter table bcd_case add column credit_institution_name varchar(300);
alter table bcd_case add column collateral_description varchar(2000);
alter table bcd_case add column collateral_registration varchar(500);
alter table bcd_case add column collateral_value_vnd numeric(20, 0);
alter table bcd_case add column principal_vnd numeric(20, 0);
alter table bcd_case add column interest_vnd numeric(20, 0);
