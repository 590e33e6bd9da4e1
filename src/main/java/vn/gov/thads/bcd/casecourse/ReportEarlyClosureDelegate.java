package vn.gov.thads.bcd.casecourse;

import org.springframework.stereotype.Component;

/** Task_DeliverEarlyClosure: the office's report from the Tasklist start form, to its case. */
@Component("reportEarlyClosureDelegate")
public class ReportEarlyClosureDelegate extends DeliverReportDelegate {

  public ReportEarlyClosureDelegate(CaseCourse course) {
    super(course, CaseCourse.Report.EARLY_CLOSURE);
  }
}
