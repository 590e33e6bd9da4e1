package vn.gov.thads.bcd.conclusions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.directives.DirectiveRepository;
import vn.gov.thads.bcd.documents.CaseDocuments;
import vn.gov.thads.bcd.documents.DocumentKind;
import vn.gov.thads.bcd.documents.DocxTemplate;
import vn.gov.thads.bcd.documents.Letterhead;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.Person;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Writes the Thông báo kết luận of an issued conclusion as a DOCX in the layout of Decree
 * 30/2020/NĐ-CP, from the template {@code templates/docx/thong-bao-ket-luan.docx} a province edits
 * without code, and attaches it to the case as a draft to sign; the signed scan uploaded as its new
 * version is the final one. See docs/documents.md for the placeholders.
 */
@Service
public class ConclusionNotices {

  public static final String TEMPLATE = "thong-bao-ket-luan.docx";

  private final ConclusionRepository conclusions;
  private final DirectiveRepository directives;
  private final CaseRepository cases;
  private final CaseDocuments documents;
  private final Organisation organisation;
  private final JdbcClient jdbc;
  private final Letterhead letterhead;

  public ConclusionNotices(
      ConclusionRepository conclusions,
      DirectiveRepository directives,
      CaseRepository cases,
      CaseDocuments documents,
      Organisation organisation,
      JdbcClient jdbc,
      Letterhead letterhead) {
    this.conclusions = conclusions;
    this.directives = directives;
    this.cases = cases;
    this.documents = documents;
    this.organisation = organisation;
    this.jdbc = jdbc;
    this.letterhead = letterhead;
  }

  /** What names the notice of a conclusion among the case's documents. */
  public static String source(long conclusionId) {
    return "conclusion:" + conclusionId;
  }

  /**
   * The current notice of the conclusion that gave the directive: the signed version when uploaded,
   * else the draft; empty before it is written or when it was removed.
   */
  public Optional<Notice> noticeOfDirective(long directiveId) {
    long conclusionId = directives.directive(directiveId).conclusionId();
    return documents
        .currentOf(source(conclusionId))
        .map(
            d ->
                new Notice(
                    d.document().id(),
                    conclusions.conclusion(conclusionId).documentNo(),
                    d.document().draft(),
                    d.document().fileName(),
                    d.document().mediaType(),
                    d.content()));
  }

  /**
   * A conclusion's notice as a mail carries it: the version's id among the case's documents, the
   * notice's number (a signed scan may be uploaded without one), whether it is the draft, and the
   * current version's file (the caller closes it).
   */
  public record Notice(
      long documentId,
      String documentNo,
      boolean draft,
      String fileName,
      String mediaType,
      java.io.InputStream content) {

    /** "Thông báo kết luận số 215/TB-UBND (bản dự thảo, chưa ký; …)" or "(bản đã ký)". */
    public String described() {
      return "Thông báo kết luận số "
          + documentNo
          + (draft
              ? " (bản dự thảo, chưa ký; bản đã ký sẽ được cập nhật trên hệ thống)"
              : " (bản đã ký)");
    }

    /** Closes the file unread (a mail that does not carry it after all). */
    public void discard() {
      try {
        content.close();
      } catch (java.io.IOException ignored) {
        // nothing was read from it
      }
    }

    /** The file's bytes, read once (the stream is closed). */
    public byte[] bytes() {
      try (java.io.InputStream in = content) {
        return in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Writes the notice of the conclusion and attaches it to its case as a draft (once). */
  public CaseDocuments.DocumentView generate(long conclusionId) {
    ConclusionRepository.ConclusionRow c = conclusions.conclusion(conclusionId);
    CaseRepository.CaseRow caseRow = cases.findById(c.caseId()).orElseThrow();
    byte[] docx = new DocxTemplate(TEMPLATE).render(values(c, caseRow));
    return documents.addGenerated(
        caseRow.caseNumber(),
        DocumentKind.CONCLUSION_NOTICE,
        c.documentNo(),
        c.documentDate(),
        fileName(c.documentNo()),
        docx,
        true,
        source(conclusionId),
        c.issuedBy() == null ? "bcd-workflow" : c.issuedBy());
  }

  /** "Thong bao ket luan 215-TB-UBND (du thao).docx": no slash, ASCII for every mail client. */
  static String fileName(String documentNo) {
    String no =
        java.text.Normalizer.normalize(documentNo, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('đ', 'd')
            .replace('Đ', 'D')
            .replaceAll("[^A-Za-z0-9.-]+", "-");
    return "Thong bao ket luan " + no + " (du thao).docx";
  }

  Map<String, Object> values(ConclusionRepository.ConclusionRow c, CaseRepository.CaseRow caseRow) {
    Map<String, Object> dossier = cases.dossierVariables(c.caseId());
    boolean deputy = "STANDING_DEPUTY".equals(concludedAs(c.id()));
    String concluder =
        deputy
            ? "Phó Trưởng ban thường trực Ban Chỉ đạo thi hành án dân sự tỉnh"
            : "Trưởng Ban Chỉ đạo thi hành án dân sự tỉnh";
    Map<String, Object> v = new HashMap<>();
    letterhead.fill(v);
    v.put("so_ky_hieu", c.documentNo());
    v.put("ngay_thang_nam", dateInWords(c.documentDate()));
    v.put("ngay", VietnamTime.format(c.documentDate()));
    v.put("nguoi_ket_luan", concluder);
    v.put("so_vu_viec", caseRow.caseNumber());
    v.put("don_vi_de_nghi", agencyName(caseRow.submittingAgency()));
    v.put("nguoi_phai_thi_hanh_an", caseRow.debtorName());
    v.put("ban_an", text(dossier.get(CaseVariables.JUDGMENT_NO)));
    String decisionDate = date(dossier.get(CaseVariables.ENFORCEMENT_DECISION_DATE));
    v.put(
        "quyet_dinh_thi_hanh_an",
        "số "
            + caseRow.enforcementDecisionNo()
            + (decisionDate.isEmpty() ? "" : " ngày " + decisionDate));
    v.put(
        "can_cu",
        "Căn cứ hồ sơ vụ việc, ý kiến của các cơ quan, đơn vị và kết quả xem xét của Ban Chỉ đạo thi"
            + " hành án dân sự tỉnh, "
            + concluder
            + " thông báo kết luận về vụ việc như sau:");
    v.put("noi_dung_ket_luan", c.summary());
    List<DirectiveRepository.Directive> list = directives.ofConclusion(c.id());
    List<Map<String, String>> rows = new ArrayList<>();
    for (DirectiveRepository.Directive d : list) {
      rows.add(
          Map.of(
              "tt", String.valueOf(d.ordinal()),
              "noi_dung", d.task(),
              "chu_tri", agencyName(d.leadAgency()),
              "phoi_hop",
                  d.supportingAgencies().isEmpty()
                      ? "Không"
                      : d.supportingAgencies().stream()
                          .map(this::agencyName)
                          .collect(Collectors.joining("; ")),
              "thoi_han", VietnamTime.format(d.deadline())));
    }
    v.put("nhiem_vu", rows);
    v.put("noi_nhan", recipients(list, caseRow.submittingAgency()));
    v.put("quyen_han_ky", deputy ? "KT. TRƯỞNG BAN" : "TRƯỞNG BAN");
    v.put("chuc_vu_nguoi_ky", deputy ? "PHÓ TRƯỞNG BAN THƯỜNG TRỰC" : "");
    v.put(
        "nguoi_ky",
        Optional.ofNullable(c.issuedBy())
            .flatMap(organisation::person)
            .map(Person::fullName)
            .orElse(""));
    return v;
  }

  /**
   * The "Nơi nhận" lines: every lead and supporting agency in the notice's order, the submitting
   * office, the secretariat, and the archive ("Lưu: VT").
   */
  String recipients(List<DirectiveRepository.Directive> list, String submittingAgency) {
    Set<String> ids = new LinkedHashSet<>();
    for (DirectiveRepository.Directive d : list) {
      ids.add(d.leadAgency());
      ids.addAll(d.supportingAgencies());
    }
    if (submittingAgency != null) {
      ids.add(submittingAgency);
    }
    organisation.agencyOfRoleGroup(RoleGroup.SECRETARIAT.id()).map(Agency::id).ifPresent(ids::add);
    StringBuilder lines = new StringBuilder();
    for (String id : ids) {
      lines.append("- ").append(agencyName(id)).append(";\n");
    }
    return lines.append("- Lưu: VT.").toString();
  }

  /** "ngày 05 tháng 02 năm 2026": Decree 30 writes a 0 before days under 10 and months 1 and 2. */
  static String dateInWords(LocalDate date) {
    return "ngày "
        + (date.getDayOfMonth() < 10 ? "0" : "")
        + date.getDayOfMonth()
        + " tháng "
        + (date.getMonthValue() < 3 ? "0" : "")
        + date.getMonthValue()
        + " năm "
        + date.getYear();
  }

  private String concludedAs(long conclusionId) {
    return jdbc.sql("select concluded_as from bcd_conclusion where id = ?")
        .param(conclusionId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private String agencyName(String id) {
    return id == null ? "" : organisation.agency(id).map(Agency::name).orElse(id);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String date(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate d) {
      return VietnamTime.format(d);
    }
    try {
      return VietnamTime.format(LocalDate.parse(value.toString().substring(0, 10)));
    } catch (RuntimeException e) {
      return value.toString();
    }
  }
}
