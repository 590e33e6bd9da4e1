package vn.gov.thads.bcd.benchmark;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.listener.SingleQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the SQL statements the application sends (datasource-proxy around its DataSource), for the
 * benchmarks' "statements per case start / per task completion". Counted for every thread together:
 * read the difference around one request made while nothing else runs.
 */
@Configuration(proxyBeanMethods = false)
public class StatementCounting {

  static final SingleQueryCountHolder COUNTS = new SingleQueryCountHolder();

  /** While on, the start of each statement's text is kept (to see what a request sends). */
  static final java.util.concurrent.atomic.AtomicBoolean RECORDING =
      new java.util.concurrent.atomic.AtomicBoolean();

  static final java.util.Queue<String> RECORDED =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** The statement's kind and first table, enough to tell statements apart. */
  static String firstWords(String sql) {
    String flat = sql.replaceAll("\\s+", " ").strip();
    return flat.length() > 110 ? flat.substring(0, 110) : flat;
  }

  @Bean
  static BeanPostProcessor countingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource ds
            && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
          return ProxyDataSourceBuilder.create(ds)
              .name(name)
              .countQuery(COUNTS)
              .afterQuery(
                  (execution, queries) -> {
                    if (RECORDING.get()) {
                      queries.forEach(q -> RECORDED.add(firstWords(q.getQuery())));
                    }
                  })
              .build();
        }
        return bean;
      }
    };
  }

  /** The statements so far: selects, inserts, updates, deletes, others, total. */
  record Statements(long select, long insert, long update, long delete, long other, long total) {

    static Statements now() {
      long select = 0;
      long insert = 0;
      long update = 0;
      long delete = 0;
      long other = 0;
      long total = 0;
      for (QueryCount c : COUNTS.getQueryCountMap().values()) {
        select += c.getSelect();
        insert += c.getInsert();
        update += c.getUpdate();
        delete += c.getDelete();
        other += c.getOther();
        total += c.getTotal();
      }
      return new Statements(select, insert, update, delete, other, total);
    }

    Statements minus(Statements before) {
      return new Statements(
          select - before.select,
          insert - before.insert,
          update - before.update,
          delete - before.delete,
          other - before.other,
          total - before.total);
    }

    @Override
    public String toString() {
      return String.format(
          "%d statements (%d select, %d insert, %d update, %d delete, %d other)",
          total, select, insert, update, delete, other);
    }
  }
}
