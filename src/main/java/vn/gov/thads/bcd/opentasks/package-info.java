/**
 * The open tasks of the processes as the supervision views read them: one row per open task and
 * candidate group ({@code bcd_open_task}), with its due date, holder, case instance, reminders sent
 * and escalation level, kept by the engine's own history events in the transaction that changes the
 * task. The overdue dashboard counts and sorts on this table alone instead of joining Camunda's
 * running tasks with their identity links and the reminder log for every request.
 */
package vn.gov.thads.bcd.opentasks;
