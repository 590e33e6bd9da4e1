-- Issue 17: an agency user's overdue view reads the open tasks they may see through indexes, one per
-- way of seeing a task (root instance: ix_bcd_open_task_root; its own process instance; held by the
-- user; a candidate group of theirs: ix_bcd_open_task_agency), instead of checking every task due
-- soon against their grants. Two more index entries per open-task row written.
create index ix_bcd_open_task_process on bcd_open_task (process_instance_id);
create index ix_bcd_open_task_assignee on bcd_open_task (assignee);
