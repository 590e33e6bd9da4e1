package vn.gov.thads.bcd.reports;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the report's independent statements side by side, each on a connection of its own, so that a
 * report takes about as long as its slowest statement where the database has the cores (issue 17).
 * A bounded pool shared by every report: many reports at once queue here instead of taking the
 * connection pool from the engine. The statements already read without a common snapshot (each
 * commits on its own), so running them apart changes nothing a reader sees. Inside a transaction (a
 * job, a test that rolls back) they run in the caller's thread instead: other connections would not
 * see what it has written.
 */
@Component
public class ReportStatements implements DisposableBean {

  private final ExecutorService pool;

  public ReportStatements(@Value("${bcd.reports.statement-threads:3}") int threads) {
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemons()) : null;
  }

  /** Statements run one after another in the caller's thread. */
  static ReportStatements serial() {
    return new ReportStatements(1);
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
    Future<T> future = pool.submit(statement::get);
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
