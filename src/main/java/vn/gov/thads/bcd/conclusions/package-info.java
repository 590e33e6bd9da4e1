/**
 * The committee's meeting and the chair's conclusion notice (tables {@code bcd_meeting}, {@code
 * bcd_conclusion}); the directives it issues belong to {@link vn.gov.thads.bcd.directives}.
 */
package vn.gov.thads.bcd.conclusions;
