package vn.gov.thads.bcd.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import vn.gov.thads.bcd.testsupport.ModelFiles;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;
import vn.gov.thads.bcd.testsupport.TestApplication;

/**
 * The organisation file is applied at every start-up: the same file changes nothing (and redeploys
 * nothing), an edited file updates, an invalid file stops start-up and changes nothing.
 */
class OrganisationRestartIT {

  @TempDir Path dir;

  @Test
  void restartWithUnchangedFilesCreatesNothingNew() throws Exception {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_restart");
    Map<String, Long> first;
    try (ConfigurableApplicationContext app = TestApplication.start(db, Map.of())) {
      first = counts(db);
    }
    try (ConfigurableApplicationContext app = TestApplication.start(db, Map.of())) {
      assertThat(counts(db)).isEqualTo(first);
    }
    assertThat(first.get("users"))
        .isEqualTo(
            37); // 36 people of the file (one the case-management system) and the built-in admin
    assertThat(first.get("groups"))
        .isEqualTo(64 + RoleGroup.values().length); // agencies and role groups
    // one process per model file of bpmn/
    assertThat(first.get("definitions")).isEqualTo(ModelFiles.count(".bpmn"));
    assertThat(first.get("deployments")).isEqualTo(1);
  }

  @Test
  void editedFileUpdatesAgenciesPeopleAndMemberships() throws Exception {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_org_edit");
    try (ConfigurableApplicationContext app = TestApplication.start(db, Map.of())) {
      IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.createUserQuery().userId("chv.kv14").count()).isEqualTo(1);
    }
    String edited =
        shippedFile()
                .replace(
                    "name: Phòng Thi hành án dân sự khu vực 15",
                    "name: Phòng Thi hành án dân sự khu vực 15 (Phú Quốc)")
                .replaceAll("(?s)  - login: chv\\.kv14\n.*?(?=  - login:)", "")
                .replace("agency: thads-kv13", "agency: thads-kv12")
                .replace(
                    "email: thuky1@thads.angiang.example",
                    "email: pham.minh.tam@thads.angiang.example")
                .replace(
                    """
              - id: ubnd-p-long-xuyen
                name: Ủy ban nhân dân phường Long Xuyên
                role: commune
                kind: people-committee
                reminderEmails: [vanthu.ubnd.longxuyen@angiang.example]
                headEmail: lanhdao.ubnd.longxuyen@angiang.example
            """,
                    """
              - id: ubnd-p-ha-tien
                name: Ủy ban nhân dân phường Hà Tiên
                role: commune
                kind: people-committee
                reminderEmails: [vanthu.ubnd.hatien@angiang.example]
                headEmail: lanhdao.ubnd.hatien@angiang.example
            """)
            + """
          - login: cv.ubndhatien
            fullName: Tạ Văn Nghĩa
            email: cv.ubndhatien@angiang.example
            agency: ubnd-p-ha-tien
            roles: [staff]
        """;
    assertThat(edited).doesNotContain("chv.kv14", "ubnd-p-long-xuyen", "agency: thads-kv13");
    Path file = write("edited.yml", edited);

    try (ConfigurableApplicationContext app =
        TestApplication.start(db, Map.of("bcd.organisation.file", "file:" + file))) {
      IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.createGroupQuery().groupId("thads-kv15").singleResult().getName())
          .isEqualTo("Phòng Thi hành án dân sự khu vực 15 (Phú Quốc)");
      assertThat(identity.createUserQuery().userId("chv.kv14").count()).isZero();
      assertThat(identity.createGroupQuery().groupId("ubnd-p-long-xuyen").count()).isZero();
      assertThat(identity.createGroupQuery().groupId("ubnd-p-ha-tien").singleResult().getName())
          .isEqualTo("Ủy ban nhân dân phường Hà Tiên");
      assertThat(
              identity
                  .createUserQuery()
                  .memberOfGroup("ubnd-p-ha-tien")
                  .userId("cv.ubndhatien")
                  .count())
          .isEqualTo(1);
      assertThat(identity.createUserQuery().memberOfGroup("thads-kv12").userId("chv.kv13").count())
          .isEqualTo(1);
      assertThat(identity.createUserQuery().memberOfGroup("thads-kv13").userId("chv.kv13").count())
          .isZero();
      User secretary = identity.createUserQuery().userId("thuky").singleResult();
      assertThat(secretary.getEmail()).isEqualTo("pham.minh.tam@thads.angiang.example");
      // An update keeps the password a person already has.
      assertThat(identity.checkPassword("thuky", "demo")).isTrue();
      assertThat(identity.createUserQuery().userId("admin").count()).isEqualTo(1);
    }
  }

  @Test
  void invalidFileStopsStartupNamingEachEntryAndChangesNothing() throws Exception {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_org_invalid");
    try (ConfigurableApplicationContext app = TestApplication.start(db, Map.of())) {
      // the shipped organisation is in place
    }
    Map<String, Long> before = counts(db);
    String invalid =
        shippedFile()
            .replace("agency: thads-kv05", "agency: thads-kv99")
            .replace("id: thads-kv07", "id: thads-kv06")
            .replace("email: chv.kv08@thads.angiang.example", "email: chv.kv08@@thads")
            .replace(
                "name: Phòng Thi hành án dân sự khu vực 9",
                "name: Phòng Thi hành án dân sự khu vực 9 (mới)");
    Path file = write("invalid.yml", invalid);

    assertThatThrownBy(
            () -> TestApplication.start(db, Map.of("bcd.organisation.file", "file:" + file)))
        .hasRootCauseInstanceOf(InvalidOrganisationException.class)
        .rootCause()
        .hasMessageContaining("'chv.kv05'")
        .hasMessageContaining("'thads-kv99' không có trong danh sách đơn vị")
        .hasMessageContaining("'thads-kv06': mã đơn vị bị trùng")
        .hasMessageContaining("'chv.kv08'")
        .hasMessageContaining("'chv.kv08@@thads' không hợp lệ");

    assertThat(counts(db)).isEqualTo(before);
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        ResultSet rs =
            c.createStatement()
                .executeQuery("select name_ from act_id_group where id_ = 'thads-kv09'")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("Phòng Thi hành án dân sự khu vực 9");
    }
  }

  private static String shippedFile() throws IOException {
    return new ClassPathResource("organisation/an-giang.yml")
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** Row counts read straight from the database, independent of any running engine. */
  private static Map<String, Long> counts(PostgresTestDatabase.Database db) throws SQLException {
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("users", "select count(*) from act_id_user");
    queries.put("groups", "select count(*) from act_id_group");
    queries.put("memberships", "select count(*) from act_id_membership");
    queries.put("authorizations", "select count(*) from act_ru_authorization");
    queries.put("definitions", "select count(*) from act_re_procdef");
    queries.put("deployments", "select count(*) from act_re_deployment");
    queries.put("filters", "select count(*) from act_ru_filter");
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
      for (Map.Entry<String, String> q : queries.entrySet()) {
        try (ResultSet rs = c.createStatement().executeQuery(q.getValue())) {
          rs.next();
          counts.put(q.getKey(), rs.getLong(1));
        }
      }
    }
    return counts;
  }
}
