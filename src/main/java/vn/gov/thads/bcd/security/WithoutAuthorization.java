package vn.gov.thads.bcd.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine work on behalf of the application, not of the logged-in user, whose rights would
 * otherwise apply: granting an agency read access, starting a publication after an officer's step,
 * delivering a court's report. Inside an engine command (a listener, a delegate) the work joins
 * that command and its transaction; outside it runs in one of its own. The checks are switched back
 * on afterwards for the rest of the user's command.
 */
@Component
public class WithoutAuthorization {

  private final ProcessEngine engine;

  public WithoutAuthorization(ProcessEngine engine) {
    this.engine = engine;
  }

  public <T> T run(Supplier<T> work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration
        .getCommandExecutorTxRequired()
        .execute(
            commandContext -> {
              boolean wasEnabled = commandContext.isAuthorizationCheckEnabled();
              commandContext.disableAuthorizationCheck();
              try {
                return work.get();
              } finally {
                if (wasEnabled) {
                  commandContext.enableAuthorizationCheck();
                }
              }
            });
  }
}
