package vn.gov.thads.bcd.documents;

import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who may read a case and who takes part in it, as the case register decides it (implemented by the
 * Cockpit plugin's rules, so that documents follow exactly the case page's access).
 */
public interface CaseParticipation {

  /** Whether the user may open the case's page (supervisors: every case). */
  boolean mayRead(Authentication user, long caseId);

  /**
   * Whether the user's agency takes part in the case: it submitted it, was consulted, leads or
   * supports a directive, or one of the case's process instances was opened to it (police, court,
   * People's Committee of the coercion). A supervisor's overview of every case does not count.
   */
  boolean takesPart(Authentication user, long caseId);
}
