package vn.gov.thads.bcd.followup;

/**
 * How a followed-up case ends, as kept in {@code bcd_case.outcome}. Statistics (Circular
 * 05/2024/TT-BTP) count a termination as completed; a case moved to the separate tracking book is
 * not completed.
 */
public enum FollowUpOutcome {
  COMPLETED("Thi hành xong", true),
  TERMINATED("Đình chỉ thi hành án", true),
  /**
   * The parties agreed on the enforcement (Law on Civil Judgment Enforcement, Art. 6) and the
   * office reported the case ended: counted as completed, like a payment.
   */
  AGREED("Các đương sự đã thỏa thuận được việc thi hành án", true),
  SEPARATE_BOOK("Chuyển sổ theo dõi riêng (chưa có điều kiện thi hành)", false),
  /**
   * Law on Civil Judgment Enforcement 2025 (from 01/07/2026): the debtor cannot pay yet and the
   * office returned the enforcement request to the creditor, who may re-submit it (gửi lại yêu cầu
   * thi hành án) when the debtor can pay. Not completed: the case leaves the office's caseload.
   */
  RETURNED_TO_CREDITOR(
      "Trả lại đơn yêu cầu thi hành án (chưa có điều kiện thi hành, Luật Thi hành án dân sự 2025)",
      false),
  /**
   * An administrative judgment whose monitoring ended without the obliged body complying (e.g. the
   * judgment was annulled on review): not completed. One that complied is {@link #COMPLETED}.
   */
  MONITORING_CLOSED("Kết thúc theo dõi thi hành án hành chính (cơ quan chưa thi hành xong)", false);

  private final String label;
  private final boolean countsAsCompleted;

  FollowUpOutcome(String label, boolean countsAsCompleted) {
    this.label = label;
    this.countsAsCompleted = countsAsCompleted;
  }

  public String label() {
    return label;
  }

  /** Whether statistics count the case as "thi hành xong" (completed, including terminated). */
  public boolean countsAsCompleted() {
    return countsAsCompleted;
  }
}
