/**
 * Opening a case: the dossier ({@link vn.gov.thads.bcd.caseintake.DossierField}, the one list of
 * its fields), its checks, the case number (given just before the start commits: {@link
 * vn.gov.thads.bcd.caseintake.CaseNumbering}), the case record ({@code bcd_case}) with its status,
 * the cases' counts per month the report sums ({@code bcd_case_tally}: {@link
 * vn.gov.thads.bcd.caseintake.CaseTallies}), and the REST intake ({@code POST /api/cases}).
 */
package vn.gov.thads.bcd.caseintake;
