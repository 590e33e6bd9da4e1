package vn.gov.thads.bcd.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for work done by other threads (job executors of running nodes), with a generous limit.
 */
public final class Waiting {

  private Waiting() {}

  public static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }
}
