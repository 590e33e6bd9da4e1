package vn.gov.thads.bcd.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.EngineClock.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.testsupport.MultipartForm;
import vn.gov.thads.bcd.testsupport.Reminders;
import vn.gov.thads.bcd.testsupport.Smtp;

/**
 * The Thông báo kết luận the application writes when the chair concludes (PostgreSQL, GreenMail):
 * the DOCX as the secretariat downloads it, read back with POI; the directive assignment mail to
 * the lead and supporting agencies carrying it, the draft said so, then the signed scan once
 * uploaded as its new version; the giấy mời họp mailed to the invitees, once, even across a mail
 * server outage.
 */
class ConclusionNoticeIT extends IntegrationTest {

  static final Smtp SMTP = new Smtp();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("bcd.mail-sink.enabled", () -> "false");
    registry.add("spring.mail.port", () -> SMTP.port);
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.close();
  }

  @Test
  void theConclusionNoticeIsWrittenAttachedDownloadedAndMailedWithTheDirective() throws Exception {
    at("2026-03-02T10:00:00");
    freshMails(); // those of the other tests
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv01", CaseScenario.uniqueDecisionNo());
    Lifecycle.holdMeeting(c);
    c.runJobs();

    // The giấy mời họp and the case's summary, mailed to the agencies the invitation names.
    MimeMessage invitationMail = withSubjectPart(freshMails(), "Giấy mời họp");
    assertThat(addresses(invitationMail))
        .containsExactlyInAnyOrder(
            "vanthu@ubnd.angiang.example",
            "vanthu@thads.angiang.example",
            "vanthu.stp@angiang.example",
            "vanthu.vks@angiang.example");
    assertThat(bodyText(invitationMail))
        .contains(
            "Kính gửi: Ủy ban nhân dân tỉnh An Giang; Thi hành án dân sự tỉnh An Giang;",
            "trân trọng kính mời dự cuộc họp",
            "Thời gian: 08:00 02/03/2026",
            "1. " + c.caseNumber,
            "Giấy mời họp (bản dự thảo, chưa ký",
            "Tóm tắt vụ việc " + c.caseNumber);
    List<Attached> papers = attachments(invitationMail);
    assertThat(papers).extracting(Attached::name).hasSize(2);
    assertThat(papers.get(0).name()).isEqualTo("Giay moi hop 02-03-2026 (du thao).docx");
    assertThat(papers.get(1).name()).startsWith("Tom tat vu viec ");
    assertThat(docxText(papers.get(0).bytes())).contains("GIẤY MỜI", c.caseNumber);
    assertThat(docxText(papers.get(1).bytes())).contains("TÓM TẮT VỤ VIỆC", c.caseNumber);

    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false,
            new Lifecycle.Row(
                "nhnn-chi-nhanh",
                List.of("so-tai-chinh", "so-tu-phap"),
                "Chỉ đạo ngân hàng cung cấp hồ sơ tín dụng",
                10),
            new Lifecycle.Row(
                "so-nn-mt", List.of(), "Xác minh hiện trạng đất của tài sản bảo đảm", 15)));
    c.runJobs();

    // One "Thông báo giao nhiệm vụ" per directive, to its lead and supporting agencies, carrying
    // the notice's draft, said so.
    List<MimeMessage> assigned = freshMails();
    assertThat(assigned).hasSize(2);
    MimeMessage toFirst = withSubjectPart(assigned, "hạn 12/03/2026");
    assertThat(toFirst.getSubject())
        .isEqualTo("[BCĐ THADS] Thông báo giao nhiệm vụ – " + c.caseNumber + ": hạn 12/03/2026");
    assertThat(addresses(toFirst))
        .containsExactlyInAnyOrder(
            "vanthu.nhnn@angiang.example",
            "vanthu.stc@angiang.example",
            "vanthu.stp@angiang.example");
    assertThat(bodyText(toFirst))
        .contains(
            "Kính gửi: Ngân hàng Nhà nước Khu vực 15 (đơn vị chủ trì); Sở Tài chính tỉnh An Giang;"
                + " Sở Tư pháp tỉnh An Giang (đơn vị phối hợp)",
            "Vụ việc: " + c.caseNumber,
            "Nhiệm vụ được giao: Chỉ đạo ngân hàng cung cấp hồ sơ tín dụng",
            "Thời hạn: 12/03/2026",
            "- Ngân hàng Nhà nước Khu vực 15: chủ trì",
            "- Sở Tài chính tỉnh An Giang: phối hợp",
            "- Sở Tư pháp tỉnh An Giang: phối hợp",
            "Kèm theo thư này: Thông báo kết luận số 215/TB-UBND (bản dự thảo, chưa ký");
    List<Attached> draftAttached = attachments(toFirst);
    assertThat(draftAttached).hasSize(1);
    assertThat(draftAttached.get(0).name())
        .isEqualTo("Thong bao ket luan 215-TB-UBND (du thao).docx");
    assertThat(docxText(draftAttached.get(0).bytes()))
        .contains("Số: 215/TB-UBND", "Chỉ đạo ngân hàng cung cấp hồ sơ tín dụng");
    MimeMessage toSecond = withSubjectPart(assigned, "hạn 17/03/2026");
    assertThat(addresses(toSecond)).containsExactly("vanthu.snnmt@angiang.example");
    assertThat(bodyText(toSecond))
        .contains(
            "Kính gửi: Sở Nông nghiệp và Môi trường tỉnh An Giang (đơn vị chủ trì)",
            "Đơn vị phối hợp: Không có");
    assertThat(attachments(toSecond)).extracting(Attached::name).hasSize(1);

    // The case's documents hold the notice, a draft to sign.
    String documents = "/api/cases/" + enc(c.caseNumber) + "/documents";
    Reply list = send("thuky", get(documents));
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    JsonNode notice = null;
    for (JsonNode d : JSON.readTree(list.body())) {
      if ("CONCLUSION_NOTICE".equals(d.get("kind").asText())) {
        notice = d;
      }
    }
    assertThat(notice).as(list.text()).isNotNull();
    assertThat(notice.get("draft").asBoolean()).isTrue();
    assertThat(notice.get("kindLabel").asText()).isEqualTo("Thông báo kết luận (dự thảo, chưa ký)");
    assertThat(notice.get("documentNo").asText()).isEqualTo("215/TB-UBND");
    assertThat(notice.get("documentDate").asText()).isEqualTo("02/03/2026");
    assertThat(notice.get("fileName").asText())
        .isEqualTo("Thong bao ket luan 215-TB-UBND (du thao).docx");
    assertThat(notice.get("typeLabel").asText()).isEqualTo("Word (DOCX)");

    // The secretariat downloads it; POI reads it back.
    Reply file = send("thuky", get(documents + "/" + notice.get("id").asLong()));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.response().headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    String text;
    List<List<String>> directiveRows = new ArrayList<>();
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(file.body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      text = extractor.getText();
      XWPFTable table = docx.getTables().get(1);
      table
          .getRows()
          .forEach(
              row ->
                  directiveRows.add(
                      row.getTableCells().stream().map(cell -> cell.getText().strip()).toList()));
    }
    assertThat(text)
        .contains(
            "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
            "BAN CHỈ ĐẠO THI HÀNH ÁN DÂN SỰ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 215/TB-UBND",
            "An Giang, ngày 02 tháng 3 năm 2026",
            "THÔNG BÁO",
            "Kết luận của Trưởng Ban Chỉ đạo thi hành án dân sự tỉnh về vụ việc " + c.caseNumber,
            "Người phải thi hành án: Công ty cổ phần Nông sản Tân Hiệp",
            "08/2025/KDTM-PT",
            "do Phòng Thi hành án dân sự khu vực 1 đề nghị",
            "Trưởng ban kết luận giao nhiệm vụ cho các cơ quan.",
            "TRƯỞNG BAN",
            "Nguyễn Văn Chính")
        .doesNotContain("{{");
    assertThat(directiveRows)
        .containsExactly(
            List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
            List.of(
                "1",
                "Chỉ đạo ngân hàng cung cấp hồ sơ tín dụng",
                "Ngân hàng Nhà nước Khu vực 15",
                "Sở Tài chính tỉnh An Giang; Sở Tư pháp tỉnh An Giang",
                "12/03/2026"),
            List.of(
                "2",
                "Xác minh hiện trạng đất của tài sản bảo đảm",
                "Sở Nông nghiệp và Môi trường tỉnh An Giang",
                "Không",
                "17/03/2026"));
    String recipients = text.substring(text.indexOf("Nơi nhận:"));
    assertThat(java.util.Arrays.stream(recipients.split("[\\n\\t]")).map(String::strip).toList())
        .containsSubsequence(
            "Nơi nhận:",
            "- Ngân hàng Nhà nước Khu vực 15;",
            "- Sở Tài chính tỉnh An Giang;",
            "- Sở Tư pháp tỉnh An Giang;",
            "- Sở Nông nghiệp và Môi trường tỉnh An Giang;",
            "- Phòng Thi hành án dân sự khu vực 1;",
            "- Tổ Thư ký Ban Chỉ đạo THADS tỉnh;",
            "- Lưu: VT.");

    // The giấy mời họp written when the case joined the meeting: a draft with the meeting and case.
    JsonNode invitation = null;
    for (JsonNode d : JSON.readTree(list.body())) {
      if ("MEETING_INVITATION".equals(d.get("kind").asText())) {
        invitation = d;
      }
    }
    assertThat(invitation).as(list.text()).isNotNull();
    assertThat(invitation.get("kindLabel").asText()).isEqualTo("Giấy mời họp (dự thảo, chưa ký)");
    Reply invitationFile = send("thuky", get(documents + "/" + invitation.get("id").asLong()));
    assertThat(invitationFile.status()).isEqualTo(200);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(invitationFile.body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      assertThat(extractor.getText())
          .contains(
              "GIẤY MỜI",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "An Giang, ngày 02 tháng 3 năm 2026",
              "1. Thời gian: 08 giờ 00, ngày 02 tháng 3 năm 2026.",
              "2. Địa điểm: Phòng họp số 2, UBND tỉnh An Giang.",
              "3. Chủ trì: Nguyễn Văn Hùng, Trưởng Ban Chỉ đạo.",
              "- Ủy ban nhân dân tỉnh An Giang;",
              "- Viện Kiểm sát nhân dân tỉnh An Giang;",
              c.caseNumber,
              "Công ty cổ phần Nông sản Tân Hiệp",
              "- Lưu: VT.")
          .doesNotContain("{{");
    }

    // The case's summary for the meeting papers: dossier and the consulted agency's opinion.
    JsonNode summary = null;
    for (JsonNode d : JSON.readTree(list.body())) {
      if ("CASE_SUMMARY".equals(d.get("kind").asText())) {
        summary = d;
      }
    }
    assertThat(summary).as(list.text()).isNotNull();
    Reply summaryFile = send("thuky", get(documents + "/" + summary.get("id").asLong()));
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(summaryFile.body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      assertThat(extractor.getText())
          .contains(
              "TÓM TẮT VỤ VIỆC",
              "Vụ việc " + c.caseNumber + " (tài liệu họp ngày 02/03/2026)",
              "Ngân hàng TMCP Công Thương – Chi nhánh Kiên Giang",
              "4.200.000.000 đồng",
              "Tài sản bảo đảm đã bị chuyển nhượng cho người thứ ba.",
              "Sở Tư pháp tỉnh An Giang",
              "Thống nhất với đề xuất")
          .doesNotContain("{{");
    }

    // The mailed draft is the case's document, byte for byte.
    assertThat(draftAttached.get(0).bytes()).isEqualTo(file.body());
    assertThat(zipEntries(draftAttached.get(0).bytes())).contains("word/document.xml");

    // The lead agency's first reminder (two working days before 12/03) does not carry the draft
    // again: the assignment mail did.
    List<MimeMessage> first = remindersAt(c, "2026-03-10T08:00:00");
    MimeMessage toBank = withSubjectPart(first, "Sắp đến hạn 12/03/2026");
    assertThat(attachments(toBank)).isEmpty();
    assertThat(bodyText(toBank)).doesNotContain("Kèm theo thư này");

    // The signed scan comes in as the notice's new version.
    byte[] signed = DocumentSamples.pdf("Thông báo kết luận đã ký " + UUID.randomUUID());
    Reply upload =
        upload(
            "thuky",
            documents,
            "Thông báo kết luận 215-TB-UBND (đã ký).pdf",
            signed,
            notice.get("id").asText());
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    assertThat(JSON.readTree(upload.body()).get("draft").asBoolean()).isFalse();

    // The second directive's first reminder (13/03, before 17/03) carries the signed notice; the
    // first directive's later reminders carry nothing.
    List<MimeMessage> later = remindersAt(c, "2026-03-13T08:00:00");
    MimeMessage toLand = withSubjectPart(later, "Sắp đến hạn 17/03/2026");
    List<Attached> signedAttached = attachments(toLand);
    assertThat(signedAttached).hasSize(1);
    assertThat(signedAttached.get(0).name())
        .isEqualTo("Thông báo kết luận 215-TB-UBND (đã ký).pdf");
    assertThat(signedAttached.get(0).bytes()).isEqualTo(signed);
    assertThat(bodyText(toLand))
        .contains("Thông báo kết luận số 215/TB-UBND (bản đã ký)")
        .doesNotContain("dự thảo");
    for (MimeMessage m : later) {
      if (m != toLand) {
        assertThat(attachments(m)).as(m.getSubject()).isEmpty();
      }
    }

    // An approved adjustment adds a supporting agency to the first directive: that agency alone
    // gets its assignment mail, now with the signed notice.
    c.complete(
        "cv.nhnn",
        Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "nhnn-chi-nhanh"),
        java.util.Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "add-supporting",
            "proposedSupportingAgency", "cong-an-tinh",
            "adjustmentReason", "Cần xác minh người đang quản lý tài sản."));
    c.complete(
        "truongban", "Task_DecideAdjustment", java.util.Map.of("adjustmentDecision", "approve"));
    c.runJobs();
    List<MimeMessage> adjusted = freshMails();
    assertThat(adjusted).hasSize(1);
    MimeMessage toPolice = adjusted.get(0);
    assertThat(toPolice.getSubject())
        .isEqualTo(
            "[BCĐ THADS] Thông báo giao nhiệm vụ (điều chỉnh) – "
                + c.caseNumber
                + ": hạn 12/03/2026");
    assertThat(addresses(toPolice)).containsExactly("vanthu.congan@angiang.example");
    assertThat(bodyText(toPolice))
        .contains(
            "Kính gửi: Công an tỉnh An Giang (đơn vị phối hợp)",
            "- Công an tỉnh An Giang: phối hợp",
            "Thông báo kết luận số 215/TB-UBND (bản đã ký)")
        .doesNotContain("dự thảo");
    List<Attached> signedToPolice = attachments(toPolice);
    assertThat(signedToPolice).hasSize(1);
    assertThat(signedToPolice.get(0).name())
        .isEqualTo("Thông báo kết luận 215-TB-UBND (đã ký).pdf");
    assertThat(signedToPolice.get(0).bytes()).isEqualTo(signed);
  }

  @Test
  void anInvitationRefusedBySmtpLeavesOnceWhenTheServerIsBackAndAJoiningCaseGetsASupplement()
      throws Exception {
    at("2026-04-01T10:00:00");
    LocalDate day = LocalDate.of(2026, 4, 28);
    CaseScenario a = Lifecycle.toMeeting(engine, "chv.kv02", CaseScenario.uniqueDecisionNo());
    CaseScenario b = Lifecycle.toMeeting(engine, "chv.kv03", CaseScenario.uniqueDecisionNo());
    freshMails();

    // The mail server is down when the meeting is scheduled: the job fails, nothing is recorded.
    SMTP.stop();
    try {
      a.complete("thuky", "Task_ScheduleMeeting", Lifecycle.quarterlyMeeting(day));
      int failures = 0;
      for (Job job : a.jobs()) {
        if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
          continue; // a timer, not due
        }
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException refused) {
          failures++;
        }
      }
      assertThat(failures).isEqualTo(1);
      assertThat(mailRows(a)).isZero();
    } finally {
      SMTP.start();
    }
    // Back up; the engine retries the job half an hour later: one mail, to the four agencies.
    at("2026-04-01T10:31:00");
    a.runJobs();
    List<MimeMessage> invited = freshMails();
    assertThat(invited).hasSize(1);
    assertThat(invited.get(0).getSubject()).startsWith("[BCĐ THADS] Giấy mời họp Họp quý II/2026");
    assertThat(addresses(invited.get(0))).hasSize(4);
    assertThat(SMTP.copies()).isEqualTo(4);
    assertThat(mailRows(a)).isEqualTo(4);

    // The step run again (a retried job, a second node): nothing leaves twice.
    String meetingProcess = a.subProcess("MeetingConclusionProcess").getId();
    engine
        .getRuntimeService()
        .createProcessInstanceModification(meetingProcess)
        .startBeforeActivity("Task_MailMeetingInvitation")
        .execute();
    a.runJobs();
    assertThat(freshMails()).isEmpty();
    assertThat(SMTP.copies()).isEqualTo(4);

    // A second case joins the meeting: a supplementary mail with the updated invitation.
    Object meetingId = engine.getRuntimeService().getVariable(meetingProcess, "committeeMeetingId");
    b.complete(
        "thuky",
        "Task_ScheduleMeeting",
        Lifecycle.joinMeeting(String.valueOf(meetingId), LocalDate.of(2026, 4, 8)));
    b.runJobs();
    List<MimeMessage> supplement = freshMails();
    assertThat(supplement).hasSize(1);
    assertThat(supplement.get(0).getSubject())
        .startsWith(
            "[BCĐ THADS] Bổ sung vụ việc " + b.caseNumber + " vào cuộc họp Họp quý II/2026");
    assertThat(bodyText(supplement.get(0)))
        .contains("1. " + a.caseNumber, "2. " + b.caseNumber, "(bổ sung)", "bản dự thảo, chưa ký");
    List<Attached> updated = attachments(supplement.get(0));
    assertThat(updated).hasSize(2);
    assertThat(docxText(updated.get(0).bytes())).contains(a.caseNumber, b.caseNumber);
    assertThat(docxText(updated.get(1).bytes())).contains("TÓM TẮT VỤ VIỆC", b.caseNumber);
  }

  private long mailRows(CaseScenario c) {
    return jdbc.sql(
            "select count(*) from bcd_mail m join bcd_case c on c.id = m.case_id"
                + " where c.case_number = ? and m.status = 'SENT'")
        .param(c.caseNumber)
        .query(Long.class)
        .single();
  }

  /** The distinct mails received since the last look. */
  private List<MimeMessage> freshMails() throws Exception {
    List<MimeMessage> fresh = new ArrayList<>();
    for (MimeMessage m : SMTP.received()) {
      if (seen.add(m.getMessageID())) {
        fresh.add(m);
      }
    }
    return fresh;
  }

  private static List<String> addresses(MimeMessage m) throws Exception {
    List<String> all = new ArrayList<>();
    for (jakarta.mail.Address a : m.getAllRecipients()) {
      all.add(((jakarta.mail.internet.InternetAddress) a).getAddress());
    }
    return all;
  }

  private static String docxText(byte[] bytes) throws Exception {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      return extractor.getText();
    }
  }

  // ---- mails ------------------------------------------------------------------------------------

  private final Set<String> seen = new java.util.HashSet<>();

  /** The distinct mails sent by the reminders of the case due at the given Vietnam time. */
  private List<MimeMessage> remindersAt(CaseScenario c, String localDateTime) throws Exception {
    at(localDateTime);
    Reminders.sendDue(engine, c);
    return freshMails();
  }

  private static MimeMessage withSubjectPart(List<MimeMessage> mails, String part)
      throws Exception {
    for (MimeMessage m : mails) {
      if (m.getSubject().contains(part)) {
        return m;
      }
    }
    throw new AssertionError(
        "No mail '…"
            + part
            + "…' in "
            + mails.stream()
                .map(
                    m -> {
                      try {
                        return m.getSubject();
                      } catch (Exception e) {
                        return "?";
                      }
                    })
                .collect(Collectors.joining(", ")));
  }

  record Attached(String name, byte[] bytes) {}

  private static List<Attached> attachments(Part part) throws Exception {
    List<Attached> found = new ArrayList<>();
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      found.add(
          new Attached(
              MimeUtility.decodeText(part.getFileName()), part.getInputStream().readAllBytes()));
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        found.addAll(attachments(child));
      }
    }
    return found;
  }

  private static String bodyText(Part part) throws Exception {
    if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = bodyText(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static List<String> zipEntries(byte[] bytes) throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }

  // ---- REST -------------------------------------------------------------------------------------

  record Reply(int status, byte[] body, HttpResponse<byte[]> response) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
  }

  private Reply upload(String user, String path, String fileName, byte[] content, String replaces)
      throws Exception {
    return send(
        user,
        new MultipartForm()
            .field("replaces", replaces)
            .file("file", fileName, "application/pdf", content)
            .post(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))));
  }

  private static Reply send(String user, HttpRequest.Builder request) throws Exception {
    request.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    HttpResponse<byte[]> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Reply(response.statusCode(), response.body(), response);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
