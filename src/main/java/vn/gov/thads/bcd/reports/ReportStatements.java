package vn.gov.thads.bcd.reports;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.thads.bcd.platform.Database;

/**
 * Runs the report's independent statements side by side, each on a connection of its own, so that a
 * report takes about as long as its slowest statement where the database has the cores (issue 17).
 * A bounded pool shared by every report: many reports at once queue here instead of taking the
 * connection pool from the engine. The statements already read without a common snapshot (each
 * commits on its own), so running them apart changes nothing a reader sees. Inside a transaction (a
 * job, a test that rolls back) they run in the caller's thread instead: other connections would not
 * see what it has written.
 *
 * <p>On PostgreSQL each statement of the pool runs in a transaction of its own that first sets
 * {@code max_parallel_workers_per_gather} to {@code bcd.reports.parallel-workers} (default 0) for
 * that transaction only: the statements already share the cores among themselves, and a parallel
 * worker on top of that costs more CPU than it saves time (issue 17: on 2 cores, the year's report
 * 112 → 95 ms at p95 without them). Negative: the server's own setting.
 */
@Component
public class ReportStatements implements DisposableBean {

  private final ExecutorService pool;

  /** Runs a pooled statement in its own transaction with the report's settings; null: as it is. */
  private final Session session;

  @Autowired
  public ReportStatements(
      @Value("${bcd.reports.statement-threads:3}") int threads,
      @Value("${bcd.reports.parallel-workers:0}") int parallelWorkers,
      DataSource dataSource,
      JdbcClient jdbc,
      PlatformTransactionManager transactions)
      throws MetaDataAccessException {
    this(
        threads,
        parallelWorkers >= 0 && Database.isPostgres(dataSource)
            ? new Session(new TransactionTemplate(transactions), jdbc, parallelWorkers)
            : null);
  }

  ReportStatements(int threads, Session session) {
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemons()) : null;
    this.session = session;
  }

  /** Statements run one after another in the caller's thread. */
  static ReportStatements serial() {
    return new ReportStatements(1, null);
  }

  /** A pooled statement's transaction, with PostgreSQL's parallel workers set for it alone. */
  record Session(TransactionTemplate transaction, JdbcClient jdbc, int parallelWorkers) {

    <T> T run(Supplier<T> statement) {
      return transaction.execute(
          status -> {
            jdbc.sql("select set_config('max_parallel_workers_per_gather', ?, true)")
                .param(Integer.toString(parallelWorkers))
                .query(String.class)
                .single();
            return statement.get();
          });
    }
  }

  /**
   * Starts {@code statement}: on a thread of the pool, or now in this one (see the class). The
   * supplier returned waits for its result; the statement's own failure is thrown from it.
   */
  public <T> Supplier<T> start(Supplier<T> statement) {
    if (pool == null || TransactionSynchronizationManager.isActualTransactionActive()) {
      T value = statement.get();
      return () -> value;
    }
    Future<T> future =
        pool.submit(() -> session == null ? statement.get() : session.run(statement));
    return () -> outcome(future);
  }

  private static <T> T outcome(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Báo cáo bị dừng khi đang đếm số liệu.", e);
    } catch (ExecutionException e) {
      // The statement's own failure (a DataAccessException…), as if it had run in this thread.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "bcd-report-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void destroy() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
