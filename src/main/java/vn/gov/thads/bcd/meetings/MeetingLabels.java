package vn.gov.thads.bcd.meetings;

import java.util.Map;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.platform.VietnamTime;

/** How a meeting is named to its readers: its kind, and a line such as the select offers. */
public final class MeetingLabels {

  /** The kinds of meeting, value → label, in the form's order. */
  public static final Map<String, String> TYPES =
      Choices.of(
          CommitteeMeetings.QUARTERLY,
          "Họp định kỳ (hằng quý)",
          CommitteeMeetings.AD_HOC,
          "Họp riêng cho vụ việc (đột xuất)");

  private static final String[] QUARTERS = {"I", "II", "III", "IV"};

  private MeetingLabels() {}

  public static String type(String type) {
    return TYPES.getOrDefault(type, type);
  }

  /** "Họp quý IV/2026" for a quarterly meeting, "Họp riêng cho vụ việc" for an ad-hoc one. */
  public static String title(CommitteeMeetings.Meeting m) {
    return CommitteeMeetings.QUARTERLY.equals(m.type())
        ? "Họp quý " + QUARTERS[(m.date().getMonthValue() - 1) / 3] + "/" + m.date().getYear()
        : "Họp riêng cho vụ việc";
  }

  /** "Họp quý IV/2026 – 15/12/2026 08:00, Hội trường UBND tỉnh". */
  public static String heading(CommitteeMeetings.Meeting m) {
    return title(m)
        + " – "
        + VietnamTime.format(m.date())
        + (m.time() == null ? "" : " " + m.time().format(VietnamTime.TIME))
        + (m.place() == null ? "" : ", " + m.place());
  }

  /** "Họp quý IV/2026 – 15/12/2026 08:00, Hội trường UBND tỉnh (2 vụ việc)". */
  public static String option(CommitteeMeetings.Meeting m) {
    return heading(m) + " (" + m.agendaItems() + " vụ việc)";
  }
}
