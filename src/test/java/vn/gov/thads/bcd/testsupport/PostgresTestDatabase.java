package vn.gov.thads.bcd.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Where the integration tests find PostgreSQL, in this order:
 *
 * <ol>
 *   <li>{@code BCD_TEST_JDBC_URL} (with {@code BCD_TEST_DB_USER}, {@code BCD_TEST_DB_PASSWORD}),
 *       any server;
 *   <li>the local server on 127.0.0.1:5432, user {@code postgres}, trust authentication;
 *   <li>a Testcontainers PostgreSQL 16 where a Docker engine is available.
 * </ol>
 *
 * Each test database is created afresh on that server (dropped first if a previous run left it).
 * When none is reachable the tests stop at once with a message saying how to provide one.
 */
public final class PostgresTestDatabase {

  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
  private static Server server;

  /** A server and the credentials to create databases on it. */
  record Server(String urlPrefix, String urlSuffix, String user, String password) {
    String url(String database) {
      return urlPrefix + database + urlSuffix;
    }
  }

  /** Connection settings of a fresh database. */
  public record Database(String url, String user, String password) {

    /** The application's migrations on PostgreSQL, up to a version ("latest" for all). */
    public Flyway flyway(String target) {
      return Flyway.configure()
          .dataSource(url, user, password)
          .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
          .target(target)
          .load();
    }

    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    /** The rows a query returns, each as its values joined by spaces ("null" for a null). */
    public List<String> rows(String sql) throws SQLException {
      try (Connection c = connect()) {
        return rows(c, sql);
      }
    }

    /** As {@link #rows(String)}, on {@code c} (any database). */
    public static List<String> rows(Connection c, String sql) throws SQLException {
      List<String> rows = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery(sql)) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> values = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            values.add(String.valueOf(rs.getString(i)));
          }
          rows.add(String.join(" ", values));
        }
      }
      return rows;
    }

    /**
     * Camunda's own tables of one kind ({@code engine}, {@code history}), from its schema script,
     * for a migration that reads them.
     */
    public static void createCamundaTables(Connection c, String kind) {
      ScriptUtils.executeSqlScript(
          c,
          new ClassPathResource(
              "org/camunda/bpm/engine/db/create/activiti.postgres.create." + kind + ".sql"));
    }

    /**
     * One case, BCĐ-2026-0001 with id 1, as the tables stood before V11: what a migration test
     * hangs its older rows on.
     */
    public static void insertOneCase(Statement st) throws SQLException {
      insertCase(st, 1, "thads-kv01");
    }

    /** Case {@code id}, numbered BCĐ-2026- and {@code id} in four digits, of {@code office}. */
    public static void insertCase(Statement st, int id, String office) throws SQLException {
      st.execute(
          """
          insert into bcd_case (id, case_number, submitting_agency, initiator,
            enforcement_decision_no, enforcement_decision_date, judgment_no, debtor_name,
            creditor_name, amount_vnd, category, obstacle, proposal, status, created_at, updated_at)
          values (%d, 'BCĐ-2026-%04d', '%s', 'chv.kv01', '%d/QĐ-CCTHADS', date '2026-01-05',
            '1/2025/DS-PT', 'A', 'B', 1000, 'dan-su-khac', 'x', 'y', 'EXECUTION', now(), now())"""
              .formatted(id, id, office, id));
    }

    /** Conclusion 1 of case 1 ({@link #insertOneCase}), for migrations of directives. */
    public static void insertOneConclusion(Statement st) throws SQLException {
      st.execute(
          """
          insert into bcd_conclusion (id, case_id, document_no, document_date, summary,
            coercion_ordered, created_at)
          values (1, 1, '5/TB-BCĐ', date '2026-02-01', 'Kết luận', false, now())""");
    }
  }

  private PostgresTestDatabase() {}

  /** Drops and creates {@code name}; returns its settings. */
  public static synchronized Database fresh(String name) {
    Server s = server();
    try (Connection c = DriverManager.getConnection(s.url("postgres"), s.user(), s.password());
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Không tạo được cơ sở dữ liệu kiểm thử " + name + ": " + e.getMessage(), e);
    }
    return new Database(s.url(name), s.user(), s.password());
  }

  /**
   * Drops the per-JVM databases ({@code bcd_test_<pid>}) left by test JVMs that have ended. Not
   * done in a shutdown hook: dropping the database under the closing application makes its pool
   * hang on exit.
   */
  public static synchronized void dropLeftovers() {
    Server s = server();
    try (Connection c = DriverManager.getConnection(s.url("postgres"), s.user(), s.password());
        Statement st = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery("SELECT datname FROM pg_database WHERE datname ~ '^bcd_test_[0-9]+$'")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        long pid = Long.parseLong(name.substring("bcd_test_".length()));
        if (ProcessHandle.of(pid).isEmpty()) {
          st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
      }
    } catch (SQLException e) {
      // leftovers do no harm; the test database itself is created below
    }
  }

  private static Server server() {
    if (server != null) {
      return server;
    }
    String envUrl = System.getenv("BCD_TEST_JDBC_URL");
    if (envUrl != null && !envUrl.isBlank()) {
      Matcher m = URL.matcher(envUrl);
      if (!m.matches()) {
        throw new IllegalStateException(
            "BCD_TEST_JDBC_URL phải có dạng jdbc:postgresql://host:port/db: " + envUrl);
      }
      server =
          new Server(
              m.group(1),
              m.group(3) == null ? "" : m.group(3),
              orDefault(System.getenv("BCD_TEST_DB_USER"), "postgres"),
              orDefault(System.getenv("BCD_TEST_DB_PASSWORD"), ""));
      return server;
    }
    Server local = new Server("jdbc:postgresql://127.0.0.1:5432/", "", "postgres", "");
    String localProblem;
    try (Connection ignored =
        DriverManager.getConnection(local.url("postgres"), local.user(), local.password())) {
      server = local;
      return server;
    } catch (SQLException e) {
      localProblem = e.getMessage();
    }
    if (dockerAvailable()) {
      PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
      container.start();
      Matcher m = URL.matcher(container.getJdbcUrl());
      m.matches();
      server =
          new Server(
              m.group(1),
              m.group(3) == null ? "" : m.group(3),
              container.getUsername(),
              container.getPassword());
      return server;
    }
    throw new IllegalStateException(
        """
        Integration tests need PostgreSQL and none is reachable (127.0.0.1:5432: %s; no Docker engine).
        Provide one of:
          - BCD_TEST_JDBC_URL=jdbc:postgresql://host:5432/postgres (and BCD_TEST_DB_USER, BCD_TEST_DB_PASSWORD)
            for a server where that user may create databases;
          - a local server on 127.0.0.1:5432 accepting user postgres (Debian: apt-get install postgresql,
            then pg_ctlcluster --skip-systemctl-redirect <version> main start), as .ci/run does;
          - a running Docker engine, for Testcontainers."""
            .formatted(localProblem));
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
