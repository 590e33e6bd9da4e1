/**
 * Opening a case: the dossier ({@link vn.gov.thads.bcd.caseintake.DossierField}, the one list of
 * its fields), its checks, the case number, the case record ({@code bcd_case}) with its status, and
 * the REST intake ({@code POST /api/cases}).
 */
package vn.gov.thads.bcd.caseintake;
