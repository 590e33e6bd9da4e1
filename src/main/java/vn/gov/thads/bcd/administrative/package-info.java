/**
 * Monitoring the execution of an administrative judgment (thi hành án hành chính,
 * AdministrativeJudgmentProcess): the losing public body executes the judgment itself within 30
 * days of receiving it (Law on Administrative Procedure 2015, Art. 311–312); the THADS office
 * notifies it within 05 working days and monitors (Decree 71/2016/NĐ-CP); if it does not comply,
 * the court's decision compelling execution, the publication of the non-compliance, the request to
 * the body's superior to discipline the officials responsible, and the follow-up until it complies
 * or the monitoring is closed. No coercion. One row per case in {@code bcd_admin_judgment}, which
 * counts the judgment.
 */
package vn.gov.thads.bcd.administrative;
