package vn.gov.thads.bcd.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Names this node in the tables the nodes share: the job executor's lock owner ({@code
 * ACT_RU_JOB.LOCK_OWNER_}, by default a random UUID that says nothing to an operator) and the
 * engine's host name (job log {@code ACT_HI_JOB_LOG.HOSTNAME_}, metrics), so that Cockpit and the
 * database show which node holds or ran a job.
 */
@Component
public class NodeIdentityPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(NodeIdentityPlugin.class);

  private final ClusterProperties cluster;

  public NodeIdentityPlugin(ClusterProperties cluster) {
    this.cluster = cluster;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHostname(cluster.nodeId());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // The job executor exists from init() on (the starter's or the engine's default).
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(cluster.nodeId());
    }
    LOG.info("Nút ứng dụng: {}", cluster.nodeId());
  }
}
