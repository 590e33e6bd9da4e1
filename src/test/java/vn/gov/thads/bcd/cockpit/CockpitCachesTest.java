package vn.gov.thads.bcd.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.cache.CacheAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;

/** The dashboard's counts cache as Spring Boot builds it from the application's settings. */
class CockpitCachesTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CacheAutoConfiguration.class))
          .withUserConfiguration(CockpitCaches.class)
          .withPropertyValues("spring.cache.type=caffeine");

  @Test
  void countsAreKeptTwentySecondsByDefaultWithABound() {
    context.run(
        app -> {
          Cache<Object, Object> counts = nativeCache(app.getBean(CacheManager.class));
          assertThat(counts.policy().expireAfterWrite())
              .hasValueSatisfying(
                  p -> assertThat(p.getExpiresAfter()).isEqualTo(Duration.ofSeconds(20)));
          assertThat(counts.policy().eviction())
              .hasValueSatisfying(
                  e ->
                      assertThat(e.getMaximum())
                          .isEqualTo(CockpitCaches.OVERDUE_COUNTS_MAX_ENTRIES));
          assertThat(loads(app.getBean(CacheManager.class))).isEqualTo(1);
          assertThat(counts.stats().hitCount()).isEqualTo(2);
        });
  }

  @Test
  void zeroSecondsCountsEveryTime() {
    context
        .withPropertyValues("bcd.cockpit.summary-cache-seconds=0")
        .run(app -> assertThat(loads(app.getBean(CacheManager.class))).isEqualTo(3));
  }

  private static int loads(CacheManager caches) {
    AtomicInteger loads = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      caches.getCache(CockpitCaches.OVERDUE_COUNTS).get("key", loads::incrementAndGet);
    }
    return loads.get();
  }

  private static Cache<Object, Object> nativeCache(CacheManager caches) {
    return ((CaffeineCache) caches.getCache(CockpitCaches.OVERDUE_COUNTS)).getNativeCache();
  }
}
