package vn.gov.thads.bcd.reminders;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.thads.bcd.mail.MailComposer;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Sends the reminders that are due. Every node sweeps every {@code bcd.reminders.sweep-every} with
 * {@code sweep-threads} threads; each thread takes one due task at a time in its own transaction
 * (locked with {@code skip locked}, so the nodes share the work), records the reminder and hands
 * the mail to the SMTP server last, then commits. The record's unique key (task, due date,
 * reminder) is what makes a mail leave once; a node that dies loses its transactions and their
 * locks with its database connections, so its tasks are taken by the next sweep of any node.
 *
 * <p>A mail server that cannot be reached ends the thread's sweep; the reminder stays due and the
 * next sweep tries again, so everything leaves within one round of the server's return. A mail the
 * server refuses waits the next of {@code retry-intervals}. No incident per reminder: an outage is
 * one condition of the mail server, shown by {@link ReminderHealth}, not thousands of failed steps.
 */
@Component
public class ReminderSweep implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderSweep.class);

  private final ReminderPlan plan;
  private final ReminderService service;
  private final ReminderDelivery delivery;
  private final TransactionTemplate transaction;
  private final CommandExecutor commands;
  private final ReminderProperties properties;
  private final Clock clock;
  private final boolean enabled;
  private final String mailServer;
  private final Timer unconfirmed;
  private final MailComposer mails;
  private final ReentrantLock confirming = new ReentrantLock();
  private volatile boolean running;
  private ScheduledExecutorService timer;
  private ExecutorService senders;

  public ReminderSweep(
      ReminderPlan plan,
      ReminderService service,
      ReminderDelivery delivery,
      PlatformTransactionManager transactions,
      ProcessEngine engine,
      ReminderProperties properties,
      Clock clock,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled,
      MeterRegistry meters,
      MailComposer mails) {
    this.mails = mails;
    this.plan = plan;
    this.service = service;
    this.delivery = delivery;
    this.transaction = new TransactionTemplate(transactions);
    this.commands =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired();
    this.properties = properties;
    this.clock = clock;
    this.enabled = enabled;
    this.mailServer = mails.server();
    this.unconfirmed =
        Timer.builder("bcd.reminders.unconfirmed")
            .description(
                "Từ lúc máy chủ thư nhận thư nhắc việc đến lúc bản ghi của nó được lưu: nút chết"
                    + " trong khoảng này thì thư có thể được gửi lại")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
  }

  /** What became of one attempt. */
  enum Outcome {
    /** Nothing due (among the tasks asked for) that another thread does not hold. */
    NONE,
    /** A reminder mailed. */
    SENT,
    /** Handled without a mail: recorded for the digest or without address, or nothing to send. */
    DONE,
    /** The mail server refused this mail; the task is tried again later. */
    REFUSED,
    /** The mail server cannot be reached; the task is tried again later. */
    UNREACHABLE
  }

  /**
   * Sends what is due now on this node's sweep threads and waits for them; returns how many tasks
   * were handled (mailed, recorded, or pushed back).
   */
  public int sweep() {
    int threads = properties.sweepThreads();
    ExecutorService pool = senders;
    if (pool == null) {
      return sweep(null);
    }
    List<Future<Integer>> work = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      work.add(pool.submit(() -> drain(null)));
    }
    int handled = 0;
    for (Future<Integer> f : work) {
      try {
        handled += f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return handled;
      } catch (Exception e) {
        LOG.error("Lượt gửi nhắc việc dừng vì lỗi", e);
      }
    }
    return handled;
  }

  /**
   * Sends, in the calling thread, what is due now among the tasks of these process instances (all
   * tasks when null); returns how many tasks were handled.
   */
  public int sweep(Collection<String> processInstances) {
    return drain(processInstances);
  }

  /** Takes due tasks one by one until none is left or the mail server cannot be reached. */
  private int drain(Collection<String> processInstances) {
    int handled = 0;
    while (running || senders == null) {
      Outcome outcome = once(processInstances);
      if (outcome == Outcome.NONE) {
        break;
      }
      handled++;
      if (outcome == Outcome.UNREACHABLE) {
        break;
      }
    }
    return handled;
  }

  /** One task: taken, its reminder recorded and mailed, its next one planned; one transaction. */
  Outcome once(Collection<String> processInstances) {
    Instant now = clock.instant();
    ReminderPlan.Row[] taken = new ReminderPlan.Row[1];
    try {
      return transaction.execute(
          status -> {
            Optional<ReminderPlan.Row> row =
                plan.takeDue(now, processInstances, properties.holdAtMost());
            if (row.isEmpty()) {
              return Outcome.NONE;
            }
            taken[0] = row.get();
            String taskId = row.get().taskId();
            Optional<ReminderService.Due> due =
                commands.execute(context -> service.due(row.get(), context));
            if (due.isEmpty()) {
              plan.remove(taskId);
              return Outcome.DONE;
            }
            due.get()
                .next()
                .ifPresentOrElse(at -> plan.next(taskId, at), () -> plan.remove(taskId));
            Optional<MailComposer.Mail> mail =
                due.get().event() == null
                    ? Optional.empty()
                    : delivery.record(due.get().task(), due.get().event());
            if (mail.isEmpty()) {
              return Outcome.DONE;
            }
            send(mail.get());
            return Outcome.SENT;
          });
    } catch (RuntimeException e) {
      if (taken[0] == null) {
        throw e;
      }
      return failed(taken[0], now, e);
    }
  }

  /**
   * Hands the mail to the SMTP server, last in the transaction. From here until the commit, a
   * node's death would leave the mail sent but not recorded, and it would leave again: the node's
   * threads take turns through this stretch (the rest of their work runs side by side), so a node
   * that dies sends at most one mail twice. The stretch is timed, from the server's acceptance to
   * the commit.
   */
  private void send(MailComposer.Mail mail) {
    long[] accepted = {0};
    confirming.lock();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            confirming.unlock();
            if (status == STATUS_COMMITTED) {
              unconfirmed.record(System.nanoTime() - accepted[0], TimeUnit.NANOSECONDS);
            }
          }
        });
    mails.send(mail);
    accepted[0] = System.nanoTime();
  }

  private Outcome failed(ReminderPlan.Row row, Instant now, RuntimeException e) {
    boolean unreachable = MailComposer.unreachable(e);
    // Out of reach: the reminder stays due and the next sweep tries again (each thread stops at its
    // first such failure, so an outage costs a few connection attempts a round, and the mail
    // leaves within one round of the server's return). Refused: this mail waits.
    Instant retry = unreachable ? now : now.plus(properties.retryWait(row.failures() + 1));
    String error =
        unreachable
            ? "Không kết nối được máy chủ thư "
                + mailServer
                + " ("
                + MailComposer.rootMessage(e)
                + "); nhắc việc sẽ được gửi ngay khi máy chủ thư nhận thư trở lại (thử lại mỗi "
                + properties.sweepEvery().toSeconds()
                + " giây)."
            : "Không gửi được thư nhắc việc qua máy chủ thư "
                + mailServer
                + " ("
                + MailComposer.rootMessage(e)
                + "); sẽ gửi lại lúc "
                + VietnamTime.DATE_TIME.format(retry.atZone(VietnamTime.ZONE))
                + ".";
    transaction.executeWithoutResult(
        s ->
            plan.failed(
                row.taskId(),
                retry,
                unreachable ? ReminderPlan.UNREACHABLE : ReminderPlan.REFUSED,
                error));
    LOG.warn("Nhắc việc của công việc {}: {}", row.taskId(), error);
    return unreachable ? Outcome.UNREACHABLE : Outcome.REFUSED;
  }

  @Override
  public void start() {
    running = true;
    senders =
        Executors.newFixedThreadPool(properties.sweepThreads(), named("bcd-reminder-sender-"));
    timer = Executors.newSingleThreadScheduledExecutor(named("bcd-reminder-sweep-"));
    long every = properties.sweepEvery().toMillis();
    timer.scheduleWithFixedDelay(this::scheduledSweep, every, every, TimeUnit.MILLISECONDS);
  }

  /** A sweep now rather than at the next round (the demo clock moved). */
  public void wake() {
    ScheduledExecutorService t = timer;
    if (running && t != null) {
      t.execute(this::scheduledSweep);
    }
  }

  private void scheduledSweep() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.error("Lượt gửi nhắc việc lỗi; sẽ thử lại ở lượt sau", e);
    }
  }

  @Override
  public void stop() {
    running = false;
    if (timer != null) {
      timer.shutdownNow();
    }
    if (senders != null) {
      // Let a mail in flight finish its transaction.
      senders.shutdown();
      try {
        senders.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Only where the engine runs its jobs: a node kept out of background work sends no mail. */
  @Override
  public boolean isAutoStartup() {
    return enabled;
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
