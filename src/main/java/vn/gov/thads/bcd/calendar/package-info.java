/**
 * Working days and deadlines: the Vietnamese calendar (public holidays, swapped days, the lunar New
 * Year), the engine's working-day business calendar (due dates such as {@code P5WD}) and the
 * configured statutory periods ({@code bcd.deadlines}).
 */
package vn.gov.thads.bcd.calendar;
