package vn.gov.thads.bcd.conclusions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.documents.CaseDocuments;
import vn.gov.thads.bcd.documents.DocumentKind;
import vn.gov.thads.bcd.documents.DocxTemplate;
import vn.gov.thads.bcd.documents.Letterhead;
import vn.gov.thads.bcd.meetings.CommitteeMeetings;
import vn.gov.thads.bcd.meetings.MeetingLabels;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Writes the giấy mời họp of a committee meeting when a case joins its agenda, from {@code
 * templates/docx/giay-moi-hop.docx}: the meeting's time, place and chair, its participants, and the
 * cases on its agenda so far; attached to that case as a draft (the number is left for the
 * secretariat's clerk, who uploads the signed invitation as its new version).
 */
@Service
public class MeetingInvitations {

  public static final String TEMPLATE = "giay-moi-hop.docx";
  public static final String SUMMARY_TEMPLATE = "tom-tat-vu-viec.docx";

  private final CommitteeMeetings meetings;
  private final CaseRepository cases;
  private final CaseDocuments documents;
  private final vn.gov.thads.bcd.opinions.OpinionRepository opinions;
  private final Organisation organisation;
  private final Clock clock;
  private final Letterhead letterhead;

  public MeetingInvitations(
      CommitteeMeetings meetings,
      CaseRepository cases,
      CaseDocuments documents,
      vn.gov.thads.bcd.opinions.OpinionRepository opinions,
      Organisation organisation,
      Clock clock,
      Letterhead letterhead) {
    this.meetings = meetings;
    this.cases = cases;
    this.documents = documents;
    this.opinions = opinions;
    this.organisation = organisation;
    this.clock = clock;
    this.letterhead = letterhead;
  }

  /** What names the invitation written as the case joined the meeting among its documents. */
  public static String invitationSource(long meetingId, long caseId) {
    return "meeting:" + meetingId + ":case:" + caseId;
  }

  /** What names the case's summary for that meeting among its documents. */
  public static String summarySource(long meetingId, long caseId) {
    return "meeting:" + meetingId + ":summary:" + caseId;
  }

  /** Writes the invitation as the case joins the meeting and attaches it to the case (once). */
  public CaseDocuments.DocumentView generate(
      CommitteeMeetings.Meeting meeting, long caseId, String userId) {
    CaseRepository.CaseRow caseRow = cases.findById(caseId).orElseThrow();
    byte[] docx = new DocxTemplate(TEMPLATE).render(values(meeting));
    return documents.addGenerated(
        caseRow.caseNumber(),
        DocumentKind.MEETING_INVITATION,
        null,
        VietnamTime.today(clock),
        "Giay moi hop " + VietnamTime.format(meeting.date()).replace('/', '-') + " (du thao).docx",
        docx,
        true,
        invitationSource(meeting.id(), caseId),
        userId == null ? "bcd-workflow" : userId);
  }

  /**
   * Writes the case's summary for the meeting papers (dossier, obstacle, proposal, the consulted
   * agencies' opinions of the latest round) and attaches it to the case (once per meeting).
   */
  public CaseDocuments.DocumentView summary(
      CommitteeMeetings.Meeting meeting, long caseId, String userId) {
    CaseRepository.CaseRow c = cases.findById(caseId).orElseThrow();
    Map<String, Object> dossier = cases.dossierVariables(caseId);
    Map<String, Object> v = new HashMap<>();
    v.put("co_quan_ban_hanh", letterhead.issuingBody());
    v.put("so_vu_viec", c.caseNumber());
    v.put("ngay_hop", VietnamTime.format(meeting.date()));
    v.put(
        "don_vi_de_nghi",
        organisation
            .agency(c.submittingAgency())
            .map(Agency::name)
            .orElse(String.valueOf(c.submittingAgency())));
    v.put("ban_an", text(dossier.get(vn.gov.thads.bcd.variables.CaseVariables.JUDGMENT_NO)));
    v.put("quyet_dinh_thi_hanh_an", "số " + c.enforcementDecisionNo());
    v.put("nguoi_phai_thi_hanh_an", text(c.debtorName()));
    v.put(
        "nguoi_duoc_thi_hanh_an",
        text(dossier.get(vn.gov.thads.bcd.variables.CaseVariables.CREDITOR_NAME)));
    v.put(
        "so_tien",
        c.amountVnd() == null
            ? ""
            : String.format(java.util.Locale.GERMANY, "%,d", c.amountVnd().longValue()));
    v.put("vuong_mac", text(dossier.get(vn.gov.thads.bcd.variables.CaseVariables.OBSTACLE)));
    v.put("de_xuat", text(dossier.get(vn.gov.thads.bcd.variables.CaseVariables.PROPOSAL)));
    List<Map<String, String>> rows = new ArrayList<>();
    int n = 0;
    for (vn.gov.thads.bcd.opinions.OpinionRepository.TimedOpinion o :
        opinions.findTimedByCase(caseId)) {
      rows.add(
          Map.of(
              "tt", String.valueOf(++n),
              "co_quan", organisation.agency(o.agency()).map(Agency::name).orElse(o.agency()),
              "quan_diem",
                  o.position() == null
                      ? "Chưa có ý kiến"
                      : vn.gov.thads.bcd.opinions.OpinionGivenListener.POSITIONS.getOrDefault(
                          o.position(), o.position()),
              "noi_dung", text(o.content())));
    }
    v.put("y_kien", rows);
    byte[] docx = new DocxTemplate(SUMMARY_TEMPLATE).render(v);
    return documents.addGenerated(
        c.caseNumber(),
        DocumentKind.CASE_SUMMARY,
        null,
        VietnamTime.today(clock),
        "Tom tat vu viec " + c.caseNumber().replaceAll("[^A-Za-z0-9-]", "") + ".docx",
        docx,
        false,
        summarySource(meeting.id(), caseId),
        userId == null ? "bcd-workflow" : userId);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  Map<String, Object> values(CommitteeMeetings.Meeting meeting) {
    Map<String, Object> v = new HashMap<>();
    letterhead.fill(v);
    v.put("ngay_thang_nam", ConclusionNotices.dateInWords(VietnamTime.today(clock)));
    v.put("loai_cuoc_hop", MeetingLabels.type(meeting.type()).toLowerCase(java.util.Locale.ROOT));
    v.put(
        "thoi_gian",
        (meeting.time() == null
                ? ""
                : String.format(
                    "%02d giờ %02d, ", meeting.time().getHour(), meeting.time().getMinute()))
            + ConclusionNotices.dateInWords(meeting.date()));
    v.put("dia_diem", meeting.place() == null ? "" : meeting.place());
    v.put("chu_tri", meeting.chair() == null ? "" : meeting.chair());
    List<String> invited = new ArrayList<>();
    Set<String> agencies = new LinkedHashSet<>();
    for (CommitteeMeetings.Participant p : meetings.participants(meeting.id())) {
      if (p.agencyId() != null) {
        agencies.add(p.agencyId());
        invited.add(
            organisation.agency(p.agencyId()).map(Agency::name).orElse(p.agencyId())
                + (p.personName() == null ? "" : " (" + p.personName() + ")"));
      } else if (p.personName() != null) {
        invited.add(p.personName());
      }
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (CommitteeMeetings.AgendaItem item : meetings.agenda(meeting.id())) {
      CaseRepository.CaseRow c = cases.findById(item.caseId()).orElseThrow();
      agencies.add(c.submittingAgency());
      rows.add(
          Map.of(
              "tt", String.valueOf(item.agendaNo()),
              "so", c.caseNumber(),
              "nguoi_phai_thi_hanh_an", c.debtorName() == null ? "" : c.debtorName(),
              "don_vi_de_nghi",
                  organisation
                      .agency(c.submittingAgency())
                      .map(Agency::name)
                      .orElse(String.valueOf(c.submittingAgency()))));
    }
    v.put("vu_viec", rows);
    v.put("kinh_gui", String.join("\n", invited.stream().map(name -> "- " + name + ";").toList()));
    organisation
        .agencyOfRoleGroup(RoleGroup.SECRETARIAT.id())
        .map(Agency::id)
        .ifPresent(agencies::add);
    StringBuilder lines = new StringBuilder("- Như trên;\n");
    for (String id : agencies) {
      if (id != null) {
        lines
            .append("- ")
            .append(organisation.agency(id).map(Agency::name).orElse(id))
            .append(";\n");
      }
    }
    v.put("noi_nhan", lines.append("- Lưu: VT.").toString());
    return v;
  }
}
