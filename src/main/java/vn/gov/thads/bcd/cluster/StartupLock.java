package vn.gov.thads.bcd.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.platform.Database;

/**
 * Nodes starting at the same time on one PostgreSQL database set it up one after the other: the
 * first creates the engine's tables, deploys the models, applies the organisation file and creates
 * the dashboard's indexes; the next finds all that done. Without it, two nodes on an empty database
 * both see no engine tables and both create them (one fails), and both import the organisation
 * (duplicate groups: one fails).
 *
 * <p>A PostgreSQL session-level advisory lock, taken before the engine is built (first plugin) and
 * released once the application context is ready, so it covers every {@code postProcessEngineBuild}
 * step whatever their order. The engine serialises deployments across nodes by itself (a lock row
 * in {@code ACT_GE_PROPERTY}) but only once its tables exist. Other databases (the H2 demo runs one
 * node): no lock.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupLock extends AbstractProcessEnginePlugin implements DisposableBean {

  /** Advisory lock key: "BCD-STRT" as a number, unlikely to collide with anybody else's key. */
  static final long KEY = 0x4243442D53545254L;

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;
  private final ClusterProperties cluster;
  private Connection held;

  public StartupLock(DataSource dataSource, ClusterProperties cluster) {
    this.dataSource = dataSource;
    this.cluster = cluster;
  }

  @Override
  public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!cluster.startupLock() || held != null) {
      return;
    }
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!Database.isPostgres(connection)) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      LOG.info("Chờ lượt khởi tạo cơ sở dữ liệu (nút {})", cluster.nodeId());
      try (Statement st = connection.createStatement()) {
        st.execute("select pg_advisory_lock(" + KEY + ")");
      }
      held = connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException(
          "Không nhận được khóa khởi động trên cơ sở dữ liệu: " + e.getMessage(), e);
    }
  }

  @EventListener(ContextRefreshedEvent.class)
  public void applicationReady() {
    release();
  }

  @Override
  public void destroy() {
    release();
  }

  private synchronized void release() {
    if (held == null) {
      return;
    }
    try (Statement st = held.createStatement()) {
      st.execute("select pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      // A connection that failed here is dropped by the pool, which ends its session and the lock
      // with it.
      LOG.warn("Không trả được khóa khởi động: {}", e.getMessage());
    } finally {
      closeQuietly(held);
      held = null;
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // nothing more to do
    }
  }
}
