-- Issue 15, steps that ask for a paper: the task on which a document was uploaded (Tasklist's "Tài liệu" tab of a
-- task, or an upload over REST naming its task), so that the list shows "Tải lên ở bước: …" and a step that requires
-- its paper (bcd.documents.step-papers) finds the one given on it. Null for a document added outside a task.
alter table bcd_case_document add column task_id varchar(64);
alter table bcd_case_document add column task_key varchar(255);
alter table bcd_case_document add column task_name varchar(255);
create index ix_bcd_case_document_task on bcd_case_document (task_id);
