package vn.gov.thads.bcd.platform;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Changes to a table of maintained counts (issue 17: the report sums them instead of reading every
 * row), gathered per transaction and written just before it commits, in the order of the rows'
 * keys: two transactions never wait for each other's rows in opposite orders, and a row stays
 * locked only for the commit. Without a transaction a change is written at once.
 *
 * @param <K> a row's key
 * @param <C> a row's counts, or a change to them
 */
public final class CommitTimeTally<K, C> {

  private final Comparator<K> order;
  private final BinaryOperator<C> plus;
  private final UnaryOperator<C> negate;
  private final BiConsumer<K, C> write;

  /**
   * @param order the order rows are written in
   * @param plus adds two changes to the same row
   * @param negate the change that takes counts away
   * @param write adds a change to a row of the table (inserting it when missing)
   */
  public CommitTimeTally(
      Comparator<K> order,
      BinaryOperator<C> plus,
      UnaryOperator<C> negate,
      BiConsumer<K, C> write) {
    this.order = order;
    this.plus = plus;
    this.negate = negate;
    this.write = write;
  }

  /**
   * Runs {@code change} to a record and moves what the record adds to the table ({@code parts}: its
   * counts per row, read before and after the change) from where it was to where it is; nothing
   * when they did not change.
   */
  public void moving(Supplier<Map<K, C>> parts, Runnable change) {
    Map<K, C> before = parts.get();
    change.run();
    Map<K, C> after = parts.get();
    if (before.equals(after)) {
      return;
    }
    before.forEach((key, counts) -> add(key, negate.apply(counts)));
    after.forEach(this::add);
  }

  /** Adds {@code change} to the row {@code key}: just before the transaction commits. */
  public void add(K key, C change) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      write.accept(key, change);
      return;
    }
    // Found among the transaction's synchronizations, which Spring suspends for a nested
    // transaction (a resource bound by hand would be seen, and lost, inside it).
    Gathered gathered =
        TransactionSynchronizationManager.getSynchronizations().stream()
            .filter(s -> s instanceof CommitTimeTally<?, ?>.Gathered g && g.owner() == this)
            .map(s -> (Gathered) s)
            .findFirst()
            .orElseGet(
                () -> {
                  Gathered g = new Gathered();
                  TransactionSynchronizationManager.registerSynchronization(g);
                  return g;
                });
    gathered.changes.merge(key, change, plus);
  }

  /** A transaction's changes, written just before it commits. */
  private final class Gathered implements TransactionSynchronization {

    private final Map<K, C> changes = new TreeMap<>(order);

    CommitTimeTally<K, C> owner() {
      return CommitTimeTally.this;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      changes.forEach(write);
    }
  }
}
