package vn.gov.thads.bcd.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * This node's place in a cluster of application nodes on one database.
 *
 * @param nodeId the name this node goes by in the shared tables (job locks, job log); unique per
 *     node. Blank: the host name and process id, which differ between containers and between
 *     processes on one machine.
 * @param startupLock whether nodes starting together on PostgreSQL take turns to set up the
 *     database
 */
@ConfigurationProperties("bcd.cluster")
public record ClusterProperties(String nodeId, Boolean startupLock) {

  public ClusterProperties {
    if (nodeId == null || nodeId.isBlank()) {
      nodeId = hostName() + "-" + ProcessHandle.current().pid();
    }
    nodeId = nodeId.strip();
    if (startupLock == null) {
      startupLock = Boolean.TRUE;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "bcd";
    }
  }
}
