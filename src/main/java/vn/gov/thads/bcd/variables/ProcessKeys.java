package vn.gov.thads.bcd.variables;

/**
 * Keys of the process definitions in {@code bpmn/}: each file is named after the key it defines.
 */
public final class ProcessKeys {

  public static final String DIFFICULT_CASE = "DifficultCaseProcess";

  /** One publication (conclusion notice or status change) sent to the province's systems. */
  public static final String PUBLISH_TO_PROVINCE = "PublishToProvinceProcess";

  private ProcessKeys() {}
}
