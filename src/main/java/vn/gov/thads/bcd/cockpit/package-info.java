/**
 * The Cockpit plugin {@code bcd-supervision}: the case register and case page (from the
 * application's own tables, open and closed cases), the overdue page and its dashboard summary, the
 * case tabs (conclusion and directives, reminders) and the user-operation log, with who may see
 * what.
 */
package vn.gov.thads.bcd.cockpit;
