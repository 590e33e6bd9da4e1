package vn.gov.thads.bcd.opinions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The consulted agencies' opinions on a case as the meeting and conclusion forms show them: one row
 * per agency with its name, its position as the agency chose it, the content, the document number
 * and whether it came on time, late or not at all. Every value is a Vietnamese text.
 */
@Component
public class ConsultedOpinions {

  /** The row keys, also the columns of the forms' table. */
  public static final List<String> COLUMNS =
      List.of("agency", "position", "content", "documentNo", "timeliness");

  static final String ON_TIME = "Đúng hạn";
  static final String MISSING = "Không gửi ý kiến";

  private final OpinionRepository opinions;
  private final Organisation organisation;

  public ConsultedOpinions(OpinionRepository opinions, Organisation organisation) {
    this.opinions = opinions;
    this.organisation = organisation;
  }

  /** The agencies consulted on the case (each has an opinion row, given or missing). */
  public List<String> agencies(long caseId) {
    return opinions.findTimedByCase(caseId).stream()
        .map(OpinionRepository.TimedOpinion::agency)
        .toList();
  }

  /** The rows of the forms' table, in the order the opinions were recorded. */
  public List<Map<String, String>> rows(long caseId) {
    return opinions.findTimedByCase(caseId).stream().map(this::row).toList();
  }

  private Map<String, String> row(OpinionRepository.TimedOpinion o) {
    boolean missing = OpinionRepository.Status.MISSING.name().equals(o.status());
    Map<String, String> row = new LinkedHashMap<>();
    row.put("agency", organisation.agency(o.agency()).map(Agency::name).orElse(o.agency()));
    row.put(
        "position",
        missing
            ? "—"
            : OpinionGivenListener.POSITIONS.getOrDefault(
                String.valueOf(o.position()).toLowerCase(Locale.ROOT),
                String.valueOf(o.position())));
    row.put("content", missing || o.content() == null ? "—" : o.content());
    row.put("documentNo", o.documentNo() == null ? "—" : o.documentNo());
    row.put("timeliness", missing ? MISSING : timeliness(o));
    return row;
  }

  private static String timeliness(OpinionRepository.TimedOpinion o) {
    if (o.dueAt() == null || !o.recordedAt().after(o.dueAt())) {
      return ON_TIME;
    }
    return "Gửi muộn (lúc "
        + VietnamTime.format(o.recordedAt().toInstant())
        + ", hạn "
        + VietnamTime.format(o.dueAt().toInstant())
        + ")";
  }
}
