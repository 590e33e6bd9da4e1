/**
 * The Cockpit plugin {@code bcd-supervision}: the overdue dashboard, the case tabs (conclusion and
 * directives, reminders) and the user-operation log, with who may see what.
 */
package vn.gov.thads.bcd.cockpit;
