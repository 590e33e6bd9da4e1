-- Issue 15, papers the application writes itself (the Thông báo kết luận): a generated document is a draft to
-- sign (dự thảo) until the signed scan is uploaded as its next version; source names what it was generated
-- from ('conclusion:<id>'), so that the notice of a conclusion is found again (for the directive mails).
alter table bcd_case_document add column draft boolean default false not null;
alter table bcd_case_document add column source varchar(100);
create index ix_bcd_case_document_source on bcd_case_document (source);
