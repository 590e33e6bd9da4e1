package vn.gov.thads.bcd.casecourse;

import org.springframework.stereotype.Component;

/** Task_DeliverNewRound: the secretariat's request from the Tasklist start form, to its case. */
@Component("requestNewRoundDelegate")
public class RequestNewRoundDelegate extends DeliverReportDelegate {

  public RequestNewRoundDelegate(CaseCourse course) {
    super(course, CaseCourse.Report.NEW_ROUND);
  }
}
