package vn.gov.thads.bcd.opinions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.testsupport.H2TestDatabase;

/**
 * The opinions' counts per month on H2, the demo run's database, with the application's migrations
 * (the integration tests cover PostgreSQL through the real processes): what the repository records
 * is counted in the Vietnam month of its time, for the case's office and the agency — asked for,
 * received on time (up to its due time, or without one), received late, missing.
 */
class OpinionTalliesTest {

  private static JdbcDataSource dataSource;
  private static JdbcClient jdbc;

  @BeforeAll
  static void database() throws Exception {
    dataSource = H2TestDatabase.withOneCase("bcd-opinion-tallies");
    jdbc = JdbcClient.create(dataSource);
  }

  private static OpinionRepository at(String instant) throws Exception {
    return new OpinionRepository(
        jdbc,
        Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
        new OpinionTallies(jdbc, dataSource, H2TestDatabase.cases(dataSource)));
  }

  @Test
  void eachOpinionCountsInTheVietnamMonthOfItsTimeForTheCasesOfficeAndItsAgency() throws Exception {
    // 01/02 01:00 in Vietnam: February's.
    OpinionRepository february = at("2026-01-31T18:00:00Z");
    february.recordRequested(1, 1, "so-tu-phap", "t-1", null);
    february.recordRequested(1, 1, "so-tai-chinh", "t-2", null);
    february.recordRequested(1, 1, "nhnn-chi-nhanh", "t-3", null);
    // Received exactly at its due time: on time.
    Date due = Date.from(Instant.parse("2026-02-10T10:00:00Z"));
    at("2026-02-10T10:00:00Z")
        .recordReceived(1, 1, "so-tu-phap", "agree", "1/STP", "Đồng ý", "cv.sotuphap", due);
    // A second after it: late, in March in Vietnam (28/02 17:00:01 UTC).
    at("2026-02-28T17:00:01Z")
        .recordReceived(
            1,
            1,
            "nhnn-chi-nhanh",
            "other",
            "2/NHNN",
            "Ý kiến khác",
            "cv.nhnn",
            Date.from(Instant.parse("2026-02-28T17:00:00Z")));
    // The one that did not answer: missing; those that did are not counted again.
    int missing =
        at("2026-03-01T02:00:00Z")
            .recordMissing(1, 1, List.of("so-tu-phap", "so-tai-chinh", "nhnn-chi-nhanh"), due);

    assertThat(missing).isEqualTo(1);
    assertThat(rows())
        .containsExactly(
            "2026-02-01 thads-kv01 nhnn-chi-nhanh 1 0 0 0",
            "2026-02-01 thads-kv01 so-tai-chinh 1 0 0 0",
            "2026-02-01 thads-kv01 so-tu-phap 1 1 0 0",
            "2026-03-01 thads-kv01 nhnn-chi-nhanh 0 0 1 0",
            "2026-03-01 thads-kv01 so-tai-chinh 0 0 0 1");
  }

  private static List<String> rows() throws SQLException {
    return H2TestDatabase.rows(
        dataSource,
        "select month_start, office, agency, requested, on_time, late, missing"
            + " from bcd_opinion_tally order by month_start, agency");
  }
}
