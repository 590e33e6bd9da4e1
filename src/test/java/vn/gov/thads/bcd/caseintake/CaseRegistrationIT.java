package vn.gov.thads.bcd.caseintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.IntegrationTest;

/**
 * Starting a case checks its dossier, numbers it once and for all, and records it in the case
 * table.
 */
class CaseRegistrationIT extends IntegrationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired CaseRepository cases;
  @Autowired JdbcClient jdbc;

  @Test
  void aCaseGetsItsNumberAsBusinessKeyAndIsRecorded() {
    ProcessInstance instance = startAs("chv.kv04", dossier("314/QĐ-THADS"));

    String number = (String) runtimeService.getVariable(instance.getId(), "caseNumber");
    assertThat(number).matches("BCĐ-" + Year.now(VietnamTime.ZONE) + "-\\d{4}");
    assertThat(instance.getBusinessKey()).isEqualTo(number);
    CaseRepository.CaseRow row = cases.findByNumber(number).orElseThrow();
    assertThat(row.processInstanceId()).isEqualTo(instance.getId());
    assertThat(row.submittingAgency()).isEqualTo("thads-kv04");
    assertThat(row.enforcementDecisionNo()).isEqualTo("314/QĐ-THADS");
    assertThat(row.amountVnd()).isEqualByComparingTo(new BigDecimal("2350000000"));
    assertThat(row.category()).isEqualTo("tranh-chap-tai-san");
    assertThat(row.status()).isEqualTo(CaseStatus.DOSSIER_REVIEW.name());
    // The table is the record: the main process keeps only what its gateways and called processes
    // need.
    assertThat(runtimeService.getVariables(instance.getId()).keySet())
        .containsExactlyInAnyOrder(
            "initiator", "caseId", "caseNumber", "submittingAgency", "roundNumber");
    // The opinion request shows the dossier, loaded from the table.
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId())
                .singleResult())
        .satisfies(
            sub -> {
              Map<String, Object> shown = runtimeService.getVariables(sub.getId());
              assertThat(shown).containsEntry("debtorName", "Trần Văn Bình");
              // Only the fields filled in: this dossier has no bank-credit details and no judgment
              // date, and the forms show a missing variable as an empty field.
              assertThat(shown)
                  .doesNotContainKeys(
                      "collateralDescription", "principalVnd", "judgmentDate", "obligedBody")
                  .doesNotContainValue(null);
            });
  }

  @Test
  void concurrentStartsGetDistinctConsecutiveNumbers() throws Exception {
    int starts = 12;
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<String>> numbers = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      int n = i;
      Callable<String> start =
          () ->
              (String)
                  runtimeService.getVariable(
                      startAs("chv.kv0" + (1 + n % 9), dossier((900 + n) + "/QĐ-THADS")).getId(),
                      "caseNumber");
      numbers.add(pool.submit(start));
    }
    Set<Integer> sequence = new TreeSet<>();
    for (Future<String> f : numbers) {
      String number = f.get();
      sequence.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
    }
    pool.shutdown();
    assertThat(sequence).hasSize(starts);
    int first = sequence.iterator().next();
    assertThat(sequence)
        .containsExactlyElementsOf(IntStream.range(first, first + starts).boxed().toList());
  }

  /**
   * The number is given at the very end of the start (CaseNumbering): everything that carries it,
   * in the engine and in the application's tables, has the real number, and no trace of the
   * provisional one is left in any column of any table.
   */
  @Test
  void theNumberGivenAtTheEndOfTheStartIsEverywhereAndNoPlaceholderIsLeft() {
    ProcessInstance instance = startAs("chv.kv05", dossier("318/QĐ-THADS"));
    String number = instance.getBusinessKey();
    assertThat(number).matches("BCĐ-" + Year.now(VietnamTime.ZONE) + "-\\d{4}");
    String root = instance.getId();

    List<Map<String, Object>> instances =
        jdbc.sql(
                """
            select e.ID_ as id, e.BUSINESS_KEY_ as runtime_key, h.BUSINESS_KEY_ as history_key,
              (select v.TEXT_ from ACT_RU_VARIABLE v
                where v.EXECUTION_ID_ = e.ID_ and v.NAME_ = 'caseNumber') as runtime_variable,
              (select v.TEXT_ from ACT_HI_VARINST v
                where v.EXECUTION_ID_ = e.ID_ and v.NAME_ = 'caseNumber') as history_variable
            from ACT_RU_EXECUTION e join ACT_HI_PROCINST h on h.ID_ = e.ID_
            where e.ROOT_PROC_INST_ID_ = ? and e.ID_ = e.PROC_INST_ID_""")
            .param(root)
            .query()
            .listOfRows();
    assertThat(instances).hasSize(2); // the case and its opinion request
    assertThat(instances)
        .allSatisfy(
            i ->
                assertThat(i)
                    .containsEntry("runtime_key", number)
                    .containsEntry("history_key", number)
                    .containsEntry("runtime_variable", number)
                    .containsEntry("history_variable", number));
    assertThat(
            jdbc.sql(
                    """
                select v.TEXT_ from ACT_RU_VARIABLE v join ACT_RU_TASK t on t.ID_ = v.TASK_ID_
                where t.PROC_INST_ID_ <> ? and v.NAME_ = 'cardCaseNumber'
                  and t.PROC_INST_ID_ in (select ID_ from ACT_RU_EXECUTION where ROOT_PROC_INST_ID_ = ?)""")
                .params(root, root)
                .query(String.class)
                .list())
        .containsExactly(number);
    assertThat(
            jdbc.sql("select distinct case_number from bcd_open_task where root_instance_id = ?")
                .param(root)
                .query(String.class)
                .list())
        .containsExactly(number);
    assertThat(
            jdbc.sql(
                    "select case_number, idempotency_key, payload from bcd_publication where case_id ="
                        + " (select id from bcd_case where process_instance_id = ?)")
                .param(root)
                .query()
                .listOfRows())
        .singleElement()
        .satisfies(
            p -> {
              String key = number.replace('Đ', 'D') + "/case-status/1";
              assertThat(p)
                  .containsEntry("case_number", number)
                  .containsEntry("idempotency_key", key);
              assertThat(p.get("payload").toString())
                  .contains("\"idempotencyKey\":\"" + key + "\"")
                  .contains("\"caseNumber\":\"" + number + "\"");
            });

    String placeholder = CaseNumbering.provisional(root);
    List<String> traces = new ArrayList<>();
    for (Map<String, Object> column :
        jdbc.sql(
                """
            select table_name, column_name from information_schema.columns
            where table_schema = current_schema() and data_type in ('character varying', 'text')""")
            .query()
            .listOfRows()) {
      String table = column.get("table_name").toString();
      String name = column.get("column_name").toString();
      long found =
          jdbc.sql("select count(*) from " + table + " where " + name + " like ?")
              .param("%" + placeholder + "%")
              .query(Long.class)
              .single();
      if (found > 0) {
        traces.add(table + "." + name);
      }
    }
    assertThat(traces).as("columns holding the placeholder %s", placeholder).isEmpty();
  }

  @Test
  void aRefusedDossierNamesEachProblemAndTakesNoNumber() {
    long rows = jdbc.sql("select count(*) from bcd_case").query(Long.class).single();
    Map<String, Object> bad = dossier("không-có-số");
    bad.put("enforcementDecisionDate", LocalDate.now(VietnamTime.ZONE).plusDays(3).toString());
    bad.put("amountVnd", -5L);
    bad.put("caseCategory", "an-gi-do");
    bad.put("creditorName", "x".repeat(301));

    assertThatThrownBy(() -> startAs("chv.kv05", bad))
        .isInstanceOf(InvalidCaseDataException.class)
        .hasMessageContaining("Số quyết định thi hành án phải có dạng số/ký hiệu")
        .hasMessageContaining("Ngày ra quyết định thi hành án không được sau ngày hôm nay.")
        .hasMessageContaining("Số tiền phải thi hành (đồng) phải là số nguyên không âm")
        .hasMessageContaining("Loại việc 'an-gi-do' không có trong danh mục.")
        .hasMessageContaining("Người được thi hành án dài quá 300 ký tự.");
    assertThat(jdbc.sql("select count(*) from bcd_case").query(Long.class).single())
        .isEqualTo(rows);

    // The refused start gave its number back: the next case follows the last one recorded.
    String last =
        jdbc.sql("select max(case_number) from bcd_case").query(String.class).list().get(0);
    String next =
        (String)
            runtimeService.getVariable(
                startAs("chv.kv05", dossier("315/QĐ-THADS")).getId(), "caseNumber");
    assertThat(Integer.parseInt(next.substring(next.lastIndexOf('-') + 1)))
        .isEqualTo(
            last == null ? 1 : Integer.parseInt(last.substring(last.lastIndexOf('-') + 1)) + 1);
  }

  @Test
  void theStartFormRecordsABankCreditCasesDetailsAndRefusesBadOnes() {
    // As Tasklist's start form sends them: numbers as numbers, the box as a boolean.
    Map<String, Object> bank = dossier("316/QĐ-THADS");
    bank.put("caseCategory", "tin-dung-ngan-hang");
    bank.put("creditorIsCreditInstitution", true);
    bank.put("creditInstitutionName", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam");
    bank.put("collateralDescription", "Quyền sử dụng đất thửa số 45, tờ bản đồ số 12");
    bank.put("collateralRegistration", "Số 77 ngày 12/6/2020, Chi nhánh Văn phòng đăng ký đất đai");
    bank.put("collateralValueVnd", 1_900_000_000L);
    bank.put("principalVnd", 2_000_000_000L);
    bank.put("interestVnd", 350_000_000);

    String number =
        (String) runtimeService.getVariable(startAs("chv.kv06", bank).getId(), "caseNumber");

    long id = cases.findByNumber(number).orElseThrow().id();
    assertThat(cases.dossierVariables(id))
        .containsEntry("creditorIsCreditInstitution", true)
        .containsEntry(
            "creditInstitutionName", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam")
        .containsEntry("collateralDescription", "Quyền sử dụng đất thửa số 45, tờ bản đồ số 12")
        .containsEntry(
            "collateralRegistration", "Số 77 ngày 12/6/2020, Chi nhánh Văn phòng đăng ký đất đai")
        .containsEntry("collateralValueVnd", 1_900_000_000L)
        .containsEntry("principalVnd", 2_000_000_000L)
        .containsEntry("interestVnd", 350_000_000L);
    // A case of another category has none.
    String plain =
        (String)
            runtimeService.getVariable(
                startAs("chv.kv06", dossier("317/QĐ-THADS")).getId(), "caseNumber");
    assertThat(cases.dossierVariables(cases.findByNumber(plain).orElseThrow().id()))
        .containsEntry("creditorIsCreditInstitution", false)
        .containsEntry("creditInstitutionName", null)
        .containsEntry("principalVnd", null);

    long rows = jdbc.sql("select count(*) from bcd_case").query(Long.class).single();
    Map<String, Object> bad = new HashMap<>(bank);
    bad.put("enforcementDecisionNo", "318/QĐ-THADS");
    bad.put("creditInstitutionName", "");
    bad.put("interestVnd", 400_000_000L);
    assertThatThrownBy(() -> startAs("chv.kv06", bad))
        .isInstanceOf(InvalidCaseDataException.class)
        .hasMessageContaining("Thiếu Tên tổ chức tín dụng")
        .hasMessageContaining(
            "Nợ gốc và nợ lãi cộng lại (2.400.000.000 đồng) không được lớn hơn Số tiền phải thi"
                + " hành (đồng) (2.350.000.000 đồng).");
    assertThat(jdbc.sql("select count(*) from bcd_case").query(Long.class).single())
        .isEqualTo(rows);
  }

  private ProcessInstance startAs(String user, Map<String, Object> variables) {
    identityService.setAuthentication(
        user, List.of("thads-officers", "thads-kv0" + user.charAt(user.length() - 1)));
    try {
      return runtimeService.startProcessInstanceByKey("DifficultCaseProcess", variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  static Map<String, Object> dossier(String decisionNo) {
    Map<String, Object> v = new HashMap<>();
    v.put("enforcementDecisionNo", decisionNo);
    v.put("enforcementDecisionDate", "2025-11-20");
    v.put("judgmentNo", "12/2025/DS-ST");
    v.put("debtorName", "Trần Văn Bình");
    v.put("creditorName", "Lê Thị Cúc");
    v.put("amountVnd", 2_350_000_000L);
    v.put("caseCategory", "tranh-chap-tai-san");
    v.put("obstacle", "Tài sản kê biên bị người thứ ba tranh chấp.");
    v.put("proposal", "Đề nghị Tòa án sớm giải quyết vụ tranh chấp.");
    return v;
  }
}
