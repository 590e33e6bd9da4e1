-- Administrative judgments (issue 13): the losing public body executes the judgment itself (Law on
-- Administrative Procedure 2015, Art. 311-312); THADS notifies it and monitors (Decree 71/2016).
-- The dossier of such a case (category hanh-chinh) records the obliged body, its direct superior (an agency id
-- of the organisation file, to which the committee's directives go), the judgment's date and the date the body
-- received it. Required for that category and refused for any other (caseintake.Dossier).
alter table bcd_case add column obliged_body varchar(300);
alter table bcd_case add column obliged_body_superior varchar(64);
alter table bcd_case add column judgment_date date;
alter table bcd_case add column judgment_received_date date;

-- The monitoring path of an administrative judgment (AdministrativeJudgmentProcess), one row per case (one
-- judgment per case, so the row counts the judgment): the notice, the body's self-execution and its result, and
-- when it did not comply, the court's decision compelling execution, the publication of the non-compliance, the
-- request to discipline the officials responsible, the follow-up and the outcome.
create table bcd_admin_judgment (
  case_id                   bigint        primary key references bcd_case (id),
  status                    varchar(30)   not null,
  notice_due                date          not null,
  self_execution_due        date          not null,
  notice_no                 varchar(100),
  notice_date               date,
  result                    varchar(20),  -- complied, partly, not-complied
  result_document_no        varchar(100),
  result_date               date,
  result_note               varchar(2000),
  court_request_no          varchar(100),
  court_request_date        date,
  compelling_decision_no    varchar(100),
  compelling_decision_date  date,
  publication_channel       varchar(300),
  publication_date          date,
  publication_reference     varchar(500),
  discipline_request_no     varchar(100),
  discipline_request_date   date,
  discipline_addressee      varchar(64),
  discipline_officials      varchar(1000),
  follow_up_count           integer       default 0 not null,
  last_follow_up_result     varchar(20),  -- not-yet, complied, closed
  last_follow_up_date       date,
  last_follow_up_note       varchar(2000),
  outcome                   varchar(20),  -- COMPLIED, CLOSED
  outcome_date              date,
  started_at                timestamp with time zone not null,
  updated_at                timestamp with time zone not null
);
create index ix_bcd_admin_judgment_status on bcd_admin_judgment (status);
