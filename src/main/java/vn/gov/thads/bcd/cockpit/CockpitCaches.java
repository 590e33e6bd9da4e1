package vn.gov.thads.bcd.cockpit;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.cache.CacheManagerCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The caches of the supervision views, on Spring Boot's Caffeine cache manager ({@code
 * spring.cache.type}). Each cache gets its own lifetime and size here rather than one {@code
 * spring.cache.caffeine.spec} for every cache. {@code @EnableCaching} is what makes Spring Boot
 * create the cache manager.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CockpitCaches {

  /**
   * The overdue dashboard's counts per agency, per viewer's scope and filter (see {@link
   * OverdueDashboard}).
   */
  public static final String OVERDUE_COUNTS = "cockpit-overdue-counts";

  /** Many viewers and filters: a bound, beyond which the least used entries go. */
  static final int OVERDUE_COUNTS_MAX_ENTRIES = 1000;

  /**
   * {@code bcd.cockpit.summary-cache-seconds}: 0 keeps nothing (Caffeine then evicts every entry at
   * once).
   */
  @Bean
  CacheManagerCustomizer<CaffeineCacheManager> overdueCountsCache(
      @Value("${bcd.cockpit.summary-cache-seconds:20}") int seconds) {
    return manager ->
        manager.registerCustomCache(
            OVERDUE_COUNTS,
            Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(seconds))
                .maximumSize(OVERDUE_COUNTS_MAX_ENTRIES)
                // Hits and misses on /actuator/prometheus (cache_gets_total); without it Micrometer
                // warns at start-up.
                .recordStats()
                .build());
  }
}
