/**
 * Coercive enforcement and the disposal of seized property: the plan and its blackout rule, the
 * police and procuracy, the record, disputes at court, appraisal and auction (tables {@code
 * bcd_enforcement*}). One listener class per bean the models call.
 */
package vn.gov.thads.bcd.enforcement;
