package vn.gov.thads.bcd.caseintake;

/**
 * A case started in this transaction got its number, just before the commit: whoever recorded the
 * case's {@code provisional} number in its own rows during the start replaces it now. Published
 * synchronously while the year's counter row is locked, so listeners do one short update and
 * nothing else; the engine has already written its rows, so no engine command may run here.
 */
public record CaseNumbered(
    long caseId, String rootInstanceId, String provisional, String caseNumber) {}
