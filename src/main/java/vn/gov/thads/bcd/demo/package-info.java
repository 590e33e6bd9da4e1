/**
 * The demo run's own tools, never present in production: the demo clock, which the demo
 * administrator or the secretariat moves forward by working days so that a newcomer sees timers,
 * reminders, escalations and overdue steps in one sitting.
 */
package vn.gov.thads.bcd.demo;
