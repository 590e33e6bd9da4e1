package vn.gov.thads.bcd.process;

/** Keys of the process definitions in {@code bpmn/}: each file is named after the key it defines. */
public final class ProcessKeys {

  public static final String DIFFICULT_CASE = "DifficultCaseProcess";

  private ProcessKeys() {}
}
