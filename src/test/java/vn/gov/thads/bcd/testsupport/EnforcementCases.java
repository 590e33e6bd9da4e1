package vn.gov.thads.bcd.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.thads.bcd.caseintake.CaseCategory;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.Dossier;

/**
 * A case of regional office 1 registered directly in the case table, for tests that start the
 * coercion or the disposal of seized property without walking the whole lifecycle first.
 */
public final class EnforcementCases {

  public static final String OFFICE = "thads-kv01";
  public static final String OFFICER = "chv.kv01";

  public record Registered(String caseNumber, long caseId) {}

  private EnforcementCases() {}

  /** A bank-credit case whose coercion (seizure of a land-use right) the chair ordered. */
  public static Registered coercionOrdered(
      PlatformTransactionManager transactions, CaseRepository cases) {
    return register(
        transactions,
        cases,
        CaseCategory.BANK_CREDIT,
        false,
        "Người phải thi hành án không tự nguyện thi hành.",
        "Đề nghị tổ chức cưỡng chế kê biên quyền sử dụng đất.");
  }

  /** A case whose seized property a third party disputes. */
  public static Registered propertyDisputed(
      PlatformTransactionManager transactions, CaseRepository cases) {
    return register(
        transactions,
        cases,
        CaseCategory.PROPERTY_DISPUTE,
        true,
        "Tài sản kê biên có tranh chấp.",
        "Đề nghị xử lý tài sản.");
  }

  private static Registered register(
      PlatformTransactionManager transactions,
      CaseRepository cases,
      CaseCategory category,
      boolean disputed,
      String obstacle,
      String proposal) {
    return new TransactionTemplate(transactions)
        .execute(
            s -> {
              String number = cases.nextCaseNumber();
              long id =
                  cases.insert(
                      number,
                      null,
                      OFFICE,
                      OFFICER,
                      new Dossier(
                          CaseScenario.uniqueDecisionNo(),
                          LocalDate.of(2025, 9, 15),
                          "08/2025/KDTM-PT",
                          "Công ty cổ phần Nông sản Tân Hiệp",
                          "Ngân hàng TMCP Công Thương – Chi nhánh Kiên Giang",
                          new BigDecimal("4200000000"),
                          category,
                          disputed,
                          false,
                          obstacle,
                          proposal));
              return new Registered(number, id);
            });
  }
}
