package vn.gov.thads.bcd.variables;

/**
 * Keys of the process definitions in {@code bpmn/}: each file is named after the key it defines.
 */
public final class ProcessKeys {

  public static final String DIFFICULT_CASE = "DifficultCaseProcess";

  /** The office's Tasklist report that a concluded case ended early. */
  public static final String EARLY_CLOSURE_REPORT = "EarlyClosureReportProcess";

  /** The secretariat's Tasklist request to put a concluded case before the committee again. */
  public static final String NEW_ROUND_REQUEST = "NewRoundRequestProcess";

  /** One publication (conclusion notice or status change) sent to the province's systems. */
  public static final String PUBLISH_TO_PROVINCE = "PublishToProvinceProcess";

  private ProcessKeys() {}
}
