-- Whether the debtor is a policy beneficiary (người có công, thuộc diện chính sách): coercion may not be
-- scheduled on their days of tradition, e.g. 27/7 (Law on Civil Judgment Enforcement, Art. 46).
alter table bcd_case add column debtor_policy_beneficiary boolean default false not null;
