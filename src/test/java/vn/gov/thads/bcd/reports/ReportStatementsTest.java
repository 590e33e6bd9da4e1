package vn.gov.thads.bcd.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ReportStatementsTest {

  private final ReportStatements statements = new ReportStatements(3, null);

  @AfterEach
  void stop() {
    statements.destroy();
  }

  @Test
  void statementsRunSideBySide() {
    // Each waits for the other to have started: both finish only if they run at the same time.
    CountDownLatch started = new CountDownLatch(2);
    Supplier<Boolean> first = statements.start(() -> meet(started));
    Supplier<Boolean> second = statements.start(() -> meet(started));
    assertThat(first.get()).isTrue();
    assertThat(second.get()).isTrue();
  }

  @Test
  void aFailedStatementFailsTheReportWithItsOwnError() {
    Supplier<Long> failed =
        statements.start(
            () -> {
              throw new DataRetrievalFailureException("bcd_directive không đọc được");
            });
    assertThatThrownBy(failed::get)
        .isInstanceOf(DataRetrievalFailureException.class)
        .hasMessage("bcd_directive không đọc được");
  }

  @Test
  void insideATransactionTheyRunInTheCallersThreadWhichSeesItsOwnWrites() {
    TransactionSynchronizationManager.setActualTransactionActive(true);
    try {
      assertThat(statements.start(Thread::currentThread).get()).isSameAs(Thread.currentThread());
    } finally {
      TransactionSynchronizationManager.setActualTransactionActive(false);
    }
    assertThat(statements.start(Thread::currentThread).get()).isNotSameAs(Thread.currentThread());
  }

  @Test
  void oneThreadMeansOneAfterAnotherInTheCaller() {
    assertThat(ReportStatements.serial().start(Thread::currentThread).get())
        .isSameAs(Thread.currentThread());
  }

  private static boolean meet(CountDownLatch started) {
    started.countDown();
    try {
      return started.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
