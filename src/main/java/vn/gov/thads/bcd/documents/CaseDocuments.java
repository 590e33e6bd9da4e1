package vn.gov.thads.bcd.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The documents of a case: listing, adding (a new document or a new version of one), reading and
 * removing, each with its rights, and each upload, download and removal recorded for the case's
 * operation log. Who may:
 *
 * <ul>
 *   <li>list and download: whoever may open the case's page ({@link CaseParticipation#mayRead});
 *   <li>add: a person of an agency that takes part in the case, or the secretariat;
 *   <li>remove: the person who added the document, or the secretariat. A removed document leaves
 *       the list; its file and record stay, and the secretariat can still download it.
 * </ul>
 *
 * An upload is spooled to a temporary file while its SHA-256 is computed and its size counted (the
 * limit {@code bcd.documents.max-size}), its content is checked ({@link ContentInspector}), and
 * only then is it stored; the temporary file is deleted whatever happens.
 */
@Service
public class CaseDocuments {

  private static final Logger log = LoggerFactory.getLogger(CaseDocuments.class);
  private static final int MAX_NUMBER = 100;
  private static final int MAX_REASON = 1000;

  /** Documents in a page of a case's list when the request names no number, and at most. */
  public static final int PAGE_SIZE = 50;

  public static final int MAX_PAGE_SIZE = 200;
  private static final int MAX_OFFSET = 1_000_000;

  /** An earlier version of a document. */
  public record Version(
      long id,
      int version,
      String fileName,
      String mediaType,
      long size,
      String sizeLabel,
      String sha256,
      String addedBy,
      String addedByName,
      String addedAt) {}

  /** A document as listed: its current version, with the earlier ones. */
  public record DocumentView(
      long id,
      String caseNumber,
      String kind,
      String kindLabel,
      String documentNo,
      String documentDate,
      String fileName,
      String mediaType,
      String typeLabel,
      long size,
      String sizeLabel,
      String sha256,
      String addedBy,
      String addedByName,
      String addedAt,
      int version,
      List<Version> earlierVersions,
      boolean removed,
      String removedBy,
      String removedAt,
      String removalReason,
      boolean draft,
      String taskId,
      String stepName) {}

  /**
   * What an uploader says of the file: kind, number and date (yyyy-MM-dd), the one it replaces, and
   * the open task of the case it is given for (optional).
   */
  public record Upload(
      String kind,
      String documentNo,
      String documentDate,
      String replaces,
      String fileName,
      String taskId) {

    /** An upload outside any task. */
    public Upload(
        String kind, String documentNo, String documentDate, String replaces, String fileName) {
      this(kind, documentNo, documentDate, replaces, fileName, null);
    }
  }

  /** The open task an upload was made on (its Tasklist "Tài liệu" tab). */
  record TaskRef(String id, String key, String name) {}

  /** A file to send: its record and its content (the caller closes it). */
  public record Download(DocumentView document, InputStream content) {}

  /** An upload, download or removal, as the case's operation log shows it. */
  public record Event(
      long id, Instant at, String userId, String action, String label, String detail) {}

  record Row(
      long id,
      long caseId,
      String caseNumber,
      long chainId,
      int version,
      boolean superseded,
      DocumentKind kind,
      String documentNo,
      LocalDate documentDate,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      String storageKey,
      String addedBy,
      Instant addedAt,
      String removedBy,
      Instant removedAt,
      String removalReason,
      boolean draft,
      String source,
      String taskId,
      String taskKey,
      String taskName) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final DocumentStore store;
  private final CaseParticipation participation;
  private final Organisation organisation;
  private final Clock clock;
  private final long maxSize;
  private final Path spool;
  private final StepPapers stepPapers;

  public CaseDocuments(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      DocumentStore store,
      CaseParticipation participation,
      Organisation organisation,
      Clock clock,
      @Value("${bcd.documents.max-size:20MB}") DataSize maxSize,
      @Value("${bcd.documents.spool-directory:}") String spoolDirectory,
      StepPapers stepPapers) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.store = store;
    this.participation = participation;
    this.organisation = organisation;
    this.clock = clock;
    this.maxSize = maxSize.toBytes();
    this.spool = spoolDirectory(spoolDirectory);
    this.stepPapers = stepPapers;
  }

  /**
   * Where a file waits while it is checked, before it goes into the store: the configured folder
   * (created if missing, so that a wrong path stops the start-up rather than the first upload), or
   * the system's temporary folder.
   */
  static Path spoolDirectory(String configured) {
    if (configured == null || configured.isBlank()) {
      return Path.of(System.getProperty("java.io.tmpdir"));
    }
    Path folder = Path.of(configured.strip());
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new IllegalStateException(
          "bcd.documents.spool-directory: không tạo được thư mục " + folder + " (" + e + ")", e);
    }
    if (!Files.isWritable(folder)) {
      throw new IllegalStateException(
          "bcd.documents.spool-directory: không ghi được vào thư mục " + folder);
    }
    return folder;
  }

  public long maxSize() {
    return maxSize;
  }

  /**
   * A page of a case's list: from {@code offset}, at most {@code limit} of its current documents,
   * and how many there are in all ({@code total}).
   */
  public record DocumentPage(long total, int offset, int limit, List<DocumentView> documents) {}

  /** Where a page starts and how many documents it holds at most, as checked by {@link #paging}. */
  public record Paging(int offset, int limit) {}

  /**
   * A page of the case's documents that are not removed, newest first, each with its earlier
   * versions. {@code limit} and {@code offset} as the request gave them ({@link #paging}).
   */
  public DocumentPage list(Authentication user, String caseNumber, String limit, String offset) {
    Paging paging = paging(limit, offset);
    long caseId = readableCase(user, caseNumber);
    return page(caseId, paging);
  }

  /**
   * The page a request asks for: {@code limit} 1 to {@value #MAX_PAGE_SIZE} (blank: {@value
   * #PAGE_SIZE}), {@code offset} from 0 (blank: 0); anything else is refused (400, in Vietnamese).
   */
  public static Paging paging(String limit, String offset) {
    List<String> problems = new ArrayList<>();
    int lim = number(limit, PAGE_SIZE, 1, MAX_PAGE_SIZE, "Số tài liệu mỗi trang (limit)", problems);
    int off = number(offset, 0, 0, MAX_OFFSET, "Vị trí bắt đầu (offset)", problems);
    if (!problems.isEmpty()) {
      throw new DocumentRefusal(
          400,
          "InvalidRequestException",
          "Yêu cầu danh sách tài liệu không hợp lệ: " + String.join(" ", problems));
    }
    return new Paging(off, lim);
  }

  private static int number(
      String value, int fallback, int min, int max, String label, List<String> problems) {
    if (blank(value)) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(label + " '" + value + "' không hợp lệ (từ " + min + " đến " + max + ").");
    return fallback;
  }

  /** A choice of a list: its code and its Vietnamese label. */
  public record Choice(String code, String label) {}

  /**
   * What the Tasklist panel shows: the case's documents, whether the user may add one (and which
   * kinds, up to which size), and the ids of the documents the user may remove.
   */
  public record Panel(
      String caseNumber,
      boolean mayAdd,
      String maxSize,
      List<Choice> kinds,
      List<DocumentView> documents,
      List<Long> removable,
      long total,
      int offset,
      int limit,
      String taskId,
      StepPaperView step) {}

  /**
   * The paper the task's step asks for ({@code bcd.documents.step-papers}): its kind, whether it is
   * required before completing, and the file given for it on this task, if any.
   */
  public record StepPaperView(
      String kind, String kindLabel, boolean required, Long givenId, String givenFileName) {}

  /**
   * The panel of a task's "Tài liệu" tab ({@code taskId} may be null): a page of the case's
   * documents ({@link #list}), what the task's step asks; {@code removable} is of that page.
   */
  public Panel panel(
      Authentication user, String caseNumber, String taskId, String limit, String offset) {
    Paging paging = paging(limit, offset);
    long caseId = readableCase(user, caseNumber);
    DocumentPage page = page(caseId, paging);
    List<DocumentView> list = page.documents();
    boolean secretariat = secretariat(user);
    StepPaperView step =
        taskId == null
            ? null
            : openTask(taskId)
                .flatMap(t -> stepPapers.of(t.key()))
                .map(
                    paper -> {
                      Optional<Row> given =
                          givenOnTask(
                              caseNumber,
                              taskId,
                              taskCreated(taskId),
                              paper.kind(),
                              user.getUserId());
                      return new StepPaperView(
                          paper.kind().name(),
                          paper.kind().label(),
                          paper.required(),
                          given.map(Row::id).orElse(null),
                          given.map(Row::fileName).orElse(null));
                    })
                .orElse(null);
    return new Panel(
        caseNumber,
        mayAdd(user, caseId),
        FileNames.readableSize(maxSize),
        java.util.Arrays.stream(DocumentKind.values())
            .map(k -> new Choice(k.name(), k.label()))
            .toList(),
        list,
        list.stream()
            .filter(d -> secretariat || user.getUserId().equals(d.addedBy()))
            .map(DocumentView::id)
            .toList(),
        page.total(),
        page.offset(),
        page.limit(),
        taskId,
        step);
  }

  /**
   * The current version of a document of {@code kind} of the case given for a task: uploaded on the
   * task (its "Tài liệu" tab, or over REST naming it), or uploaded without naming a task by {@code
   * userId} since the task was created. A removed document does not count.
   */
  Optional<Row> givenOnTask(
      String caseNumber,
      String taskId,
      java.util.Date taskCreated,
      DocumentKind kind,
      String userId) {
    return jdbc
        .sql(
            SELECT
                + " "
                + """
                where c.case_number = :number and d.kind = :kind and d.superseded = false
                   and d.removed_at is null and d.chain_id in (
                     select x.chain_id from bcd_case_document x where x.task_id = :task
                     or (x.task_id is null and x.added_by = :user and x.added_at >= :created))
                 order by d.added_at desc, d.id desc""")
        .param("number", caseNumber)
        .param("kind", kind.name())
        .param("task", taskId)
        .param("user", userId == null ? "" : userId)
        .param(
            "created",
            Timestamp.from(taskCreated == null ? Instant.now(clock) : taskCreated.toInstant()))
        .query(CaseDocuments::row)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * A page of the documents of a case the caller has already been allowed to read (the case page):
   * the current versions (not superseded, not removed) in the page's range, newest first, then the
   * earlier versions of those chains only. The count and the page read the partial index of Flyway
   * V30 on PostgreSQL, the earlier versions the index on (case_id, chain_id). Offset paging, as the
   * plugin's other lists: a page deep in a list of 10,000 still takes a few milliseconds there.
   */
  public DocumentPage page(long caseId, Paging paging) {
    long total =
        jdbc.sql(
                "select count(*) from bcd_case_document where case_id = ? and superseded = false"
                    + " and removed_at is null")
            .param(caseId)
            .query(Long.class)
            .single();
    List<Row> current =
        paging.offset() >= total
            ? List.of()
            // The page's ids from the index alone (index-only: a deep offset skips index entries,
            // not rows), then their rows.
            : jdbc.sql(
                    SELECT
                        + " where d.id in (select p.id from bcd_case_document p where p.case_id = ?"
                        + " and p.superseded = false and p.removed_at is null"
                        + " order by p.added_at desc, p.id desc limit ? offset ?)"
                        + " order by d.added_at desc, d.id desc")
                .params(caseId, paging.limit(), paging.offset())
                .query(CaseDocuments::row)
                .list();
    Map<Long, List<Row>> earlier = new LinkedHashMap<>();
    if (!current.isEmpty()) {
      jdbc.sql(
              SELECT
                  + " where d.case_id = :caseId and d.chain_id in (:chains) and d.superseded = true"
                  + " order by d.version_no desc, d.id desc")
          .param("caseId", caseId)
          .param("chains", current.stream().map(Row::chainId).toList())
          .query(CaseDocuments::row)
          .list()
          .forEach(r -> earlier.computeIfAbsent(r.chainId(), k -> new ArrayList<>()).add(r));
    }
    return new DocumentPage(
        total,
        paging.offset(),
        paging.limit(),
        current.stream().map(r -> view(r, earlier.getOrDefault(r.chainId(), List.of()))).toList());
  }

  /**
   * Adds a document (or a new version of {@code upload.replaces}) from {@code content}. Refusals:
   * unknown case 404; not allowed 403; bad kind, date, empty file or a type not accepted 400; a
   * replaced document already replaced or removed 409; too large 413. Nothing is kept when refused.
   */
  public DocumentView upload(
      Authentication user, String caseNumber, Upload upload, InputStream content) {
    long caseId = caseId(caseNumber);
    if (!mayAdd(user, caseId)) {
      throw DocumentRefusal.forbidden(
          "Bạn không được thêm tài liệu vào vụ việc "
              + caseNumber
              + ": chỉ cán bộ của cơ quan tham gia vụ việc và Tổ Thư ký thêm được tài liệu.");
    }
    String fileName = FileNames.clean(upload.fileName());
    Optional<Row> replaced = replaced(caseId, caseNumber, upload.replaces());
    DocumentKind kind =
        replaced.isPresent() && blank(upload.kind())
            ? replaced.get().kind()
            : DocumentKind.of(upload.kind());
    String number = text(upload.documentNo(), MAX_NUMBER, "Số văn bản");
    LocalDate date = date(upload.documentDate());
    TaskRef task = blank(upload.taskId()) ? null : taskOfCase(upload.taskId().strip(), caseNumber);
    Path spooled = null;
    try {
      spooled = Files.createTempFile(spool, "bcd-document-", ".upload");
      Spooled file = spool(content, spooled, fileName);
      DocumentType type = ContentInspector.inspect(spooled, fileName);
      Path stored = spooled;
      Row row =
          transaction.execute(
              status ->
                  insert(
                      caseId,
                      caseNumber,
                      replaced,
                      kind,
                      number,
                      date,
                      fileName,
                      type,
                      file,
                      stored,
                      user.getUserId(),
                      task));
      log.info(
          "Tài liệu {} của vụ việc {} được tải lên bởi {} ({} byte, SHA-256 {})",
          row.id(),
          caseNumber,
          user.getUserId(),
          file.size(),
          file.sha256());
      return view(row, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (spooled != null) {
        try {
          Files.deleteIfExists(spooled);
        } catch (IOException e) {
          log.warn("Không xóa được tệp tạm {}", spooled, e);
        }
      }
    }
  }

  /** The file of a document, recorded as downloaded by the user. */
  public Download download(Authentication user, String caseNumber, long documentId) {
    Row row = document(documentId, caseNumber);
    if (!participation.mayRead(user, row.caseId())) {
      throw DocumentRefusal.forbidden(
          "Bạn không có quyền tải tài liệu của vụ việc "
              + row.caseNumber()
              + ": đơn vị của bạn không tham gia vụ việc này.");
    }
    if (row.removedAt() != null && !secretariat(user)) {
      throw DocumentRefusal.notFound("Tài liệu " + documentId + " đã được gỡ khỏi vụ việc.");
    }
    transaction.executeWithoutResult(
        status -> event(row, "DOWNLOAD", user.getUserId(), describe(row)));
    return new Download(view(row, List.of()), store.open(row.storageKey()));
  }

  /** Removes a document from the case's list: a recorded act, by its author or the secretariat. */
  public DocumentView remove(
      Authentication user, String caseNumber, long documentId, String reason) {
    Row row = document(documentId, caseNumber);
    if (!participation.mayRead(user, row.caseId())) {
      throw DocumentRefusal.forbidden(
          "Bạn không có quyền với tài liệu của vụ việc " + row.caseNumber() + ".");
    }
    if (!user.getUserId().equals(row.addedBy()) && !secretariat(user)) {
      throw DocumentRefusal.forbidden(
          "Chỉ người đã tải lên tài liệu này hoặc Tổ Thư ký mới gỡ được tài liệu.");
    }
    String why = text(reason, MAX_REASON, "Lý do gỡ");
    if (why == null) {
      throw DocumentRefusal.badRequest("Cần ghi lý do gỡ tài liệu.");
    }
    if (row.removedAt() != null) {
      throw DocumentRefusal.conflict("Tài liệu này đã được gỡ.");
    }
    if (row.superseded()) {
      throw DocumentRefusal.conflict(
          "Đây là phiên bản cũ của tài liệu; chỉ gỡ được phiên bản hiện hành.");
    }
    Instant now = Instant.now(clock);
    transaction.executeWithoutResult(
        status -> {
          int changed =
              jdbc.sql(
                      "update bcd_case_document set removed_by = ?, removed_at = ?, removal_reason = ?"
                          + " where id = ? and removed_at is null")
                  .params(user.getUserId(), Timestamp.from(now), why, row.id())
                  .update();
          if (changed == 0) {
            throw DocumentRefusal.conflict("Tài liệu này đã được gỡ.");
          }
          event(row, "REMOVE", user.getUserId(), describe(row) + ". Lý do: " + why);
        });
    return view(document(documentId, caseNumber), List.of());
  }

  /** The uploads, downloads and removals of the documents of a case, newest first. */
  public List<Event> events(String caseNumber) {
    return jdbc.sql(
            """
            select e.id, e.at, e.user_id, e.action, e.detail from bcd_document_event e
            join bcd_case c on c.id = e.case_id where c.case_number = ? order by e.at desc, e.id desc""")
        .param(caseNumber == null ? "" : caseNumber)
        .query(
            (rs, i) ->
                new Event(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    switch (rs.getString(4)) {
                      case "UPLOAD" -> "Tải lên tài liệu";
                      case "DOWNLOAD" -> "Tải xuống tài liệu";
                      case "REMOVE" -> "Gỡ tài liệu";
                      default -> rs.getString(4);
                    },
                    rs.getString(5)))
        .list();
  }

  // ---- generated papers -------------------------------------------------------------------------

  /**
   * Adds a paper the application wrote itself (the Thông báo kết luận…), on behalf of {@code
   * userId}, without the rights of an upload: it is the application's own act. {@code source} names
   * what it was made from, once: a second call for the same source returns the document already
   * there. Runs in the caller's transaction when there is one (the engine's step).
   */
  public DocumentView addGenerated(
      String caseNumber,
      DocumentKind kind,
      String documentNo,
      LocalDate documentDate,
      String fileName,
      byte[] content,
      boolean draft,
      String source,
      String userId) {
    long caseId = caseId(caseNumber);
    Optional<Row> existing = firstOf(source);
    if (existing.isPresent()) {
      return view(existing.get(), List.of());
    }
    String name = FileNames.clean(fileName);
    Path spooled = null;
    try {
      spooled = Files.createTempFile(spool, "bcd-document-", ".generated");
      Spooled file = spool(new java.io.ByteArrayInputStream(content), spooled, name);
      DocumentType type = ContentInspector.inspect(spooled, name);
      Path stored = spooled;
      Row row =
          transaction.execute(
              status -> {
                Row r =
                    insert(
                        caseId,
                        caseNumber,
                        Optional.empty(),
                        kind,
                        documentNo,
                        documentDate,
                        name,
                        type,
                        file,
                        stored,
                        userId,
                        null);
                jdbc.sql("update bcd_case_document set draft = ?, source = ? where id = ?")
                    .params(draft, source, r.id())
                    .update();
                return jdbc.sql(SELECT + " where d.id = ?")
                    .param(r.id())
                    .query(CaseDocuments::row)
                    .single();
              });
      return view(row, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (spooled != null) {
        try {
          Files.deleteIfExists(spooled);
        } catch (IOException e) {
          log.warn("Không xóa được tệp tạm {}", spooled, e);
        }
      }
    }
  }

  /**
   * The current version of the document generated from {@code source} (the signed scan once
   * uploaded as its new version, else the draft) with its content, read by the application itself
   * (no rights, no download recorded); empty when there is none or it was removed.
   */
  public Optional<Download> currentOf(String source) {
    return firstOf(source)
        .flatMap(
            first ->
                jdbc.sql(SELECT + " where d.chain_id = ? and d.superseded = false")
                    .param(first.chainId())
                    .query(CaseDocuments::row)
                    .optional())
        .filter(r -> r.removedAt() == null)
        .map(r -> new Download(view(r, List.of()), store.open(r.storageKey())));
  }

  private Optional<Row> firstOf(String source) {
    return jdbc
        .sql(SELECT + " where d.source = ? order by d.id")
        .param(source)
        .query(CaseDocuments::row)
        .list()
        .stream()
        .findFirst();
  }

  // ---- rights ---------------------------------------------------------------------------------

  private long readableCase(Authentication user, String caseNumber) {
    long caseId = caseId(caseNumber);
    if (!participation.mayRead(user, caseId)) {
      throw DocumentRefusal.forbidden(
          "Bạn không có quyền xem tài liệu của vụ việc "
              + caseNumber
              + ": đơn vị của bạn không tham gia vụ việc này.");
    }
    return caseId;
  }

  /** Whether the user may add documents to the case (see the class comment). */
  public boolean mayAdd(Authentication user, long caseId) {
    return secretariat(user)
        || (participation.mayRead(user, caseId) && participation.takesPart(user, caseId));
  }

  private static boolean secretariat(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(RoleGroup.SECRETARIAT.id());
  }

  /** The open task of this id: its key and name; empty when there is none (completed, unknown). */
  private Optional<TaskRef> openTask(String taskId) {
    return jdbc.sql("select ID_, TASK_DEF_KEY_, NAME_ from ACT_RU_TASK where ID_ = ?")
        .param(taskId)
        .query((rs, i) -> new TaskRef(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  private java.util.Date taskCreated(String taskId) {
    return jdbc.sql("select CREATE_TIME_ from ACT_RU_TASK where ID_ = ?")
        .param(taskId)
        .query(Timestamp.class)
        .optional()
        .map(t -> (java.util.Date) t)
        .orElse(null);
  }

  /** The open task an upload names, which must be a step of the same case. */
  private TaskRef taskOfCase(String taskId, String caseNumber) {
    String refusal =
        "Việc " + taskId + " không phải là một việc đang mở của vụ việc " + caseNumber + ".";
    if (taskId.length() > 64) {
      throw DocumentRefusal.badRequest(refusal);
    }
    String businessKey =
        jdbc.sql(
                """
                select e.BUSINESS_KEY_ from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                where t.ID_ = ?""")
            .param(taskId)
            .query(String.class)
            .optional()
            .orElse(null);
    if (!caseNumber.equals(businessKey)) {
      throw DocumentRefusal.badRequest(refusal);
    }
    return openTask(taskId).orElseThrow(() -> DocumentRefusal.badRequest(refusal));
  }

  private long caseId(String caseNumber) {
    if (caseNumber == null || caseNumber.isBlank() || caseNumber.length() > 64) {
      throw DocumentRefusal.notFound("Không tìm thấy vụ việc " + caseNumber + ".");
    }
    return jdbc.sql("select id from bcd_case where case_number = ?")
        .param(caseNumber)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> DocumentRefusal.notFound("Không tìm thấy vụ việc " + caseNumber + "."));
  }

  /** The document, which must belong to {@code caseNumber} when one is given. */
  private Row document(long documentId, String caseNumber) {
    if (caseNumber != null) {
      caseId(caseNumber);
    }
    return jdbc.sql(SELECT + " where d.id = ?")
        .param(documentId)
        .query(CaseDocuments::row)
        .optional()
        .filter(r -> caseNumber == null || r.caseNumber().equals(caseNumber))
        .orElseThrow(
            () ->
                DocumentRefusal.notFound(
                    "Không tìm thấy tài liệu "
                        + documentId
                        + (caseNumber == null ? "" : " trong vụ việc " + caseNumber)
                        + "."));
  }

  private Optional<Row> replaced(long caseId, String caseNumber, String replaces) {
    if (blank(replaces)) {
      return Optional.empty();
    }
    long id;
    try {
      id = Long.parseLong(replaces.trim());
    } catch (NumberFormatException e) {
      throw DocumentRefusal.badRequest(
          "Tài liệu được thay thế (replaces) phải là mã số của một tài liệu, ví dụ 12.");
    }
    Row row = document(id, caseNumber);
    if (row.removedAt() != null) {
      throw DocumentRefusal.conflict("Tài liệu " + id + " đã được gỡ; không thay thế được.");
    }
    if (row.superseded()) {
      throw DocumentRefusal.conflict(
          "Tài liệu " + id + " đã có phiên bản mới hơn; hãy thay thế phiên bản hiện hành.");
    }
    return Optional.of(row);
  }

  // ---- upload -----------------------------------------------------------------------------------

  record Spooled(long size, String sha256) {}

  /** Copies the upload to the temporary file, counting and hashing; refuses it past the limit. */
  private Spooled spool(InputStream content, Path target, String fileName) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long size = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = content.read(buffer)) != -1) {
        size += n;
        if (size > maxSize) {
          throw DocumentRefusal.tooLarge(tooLarge(fileName));
        }
        sha256.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    }
    if (size == 0) {
      throw DocumentRefusal.badRequest("Tệp '" + fileName + "' rỗng. Không có gì được lưu.");
    }
    return new Spooled(size, HexFormat.of().formatHex(sha256.digest()));
  }

  /** The refusal of a file over the limit. */
  public String tooLarge(String fileName) {
    return "Tệp '"
        + fileName
        + "' quá lớn: mỗi tài liệu tối đa "
        + FileNames.readableSize(maxSize)
        + ". Không có gì được lưu; hãy nén hoặc chia nhỏ tài liệu rồi tải lên lại.";
  }

  private Row insert(
      long caseId,
      String caseNumber,
      Optional<Row> replaced,
      DocumentKind kind,
      String number,
      LocalDate date,
      String fileName,
      DocumentType type,
      Spooled file,
      Path content,
      String userId,
      TaskRef task) {
    String key = UUID.randomUUID().toString();
    store.put(key, content, file.size());
    Instant now = Instant.now(clock);
    if (replaced.isPresent()) {
      int changed =
          jdbc.sql(
                  "update bcd_case_document set superseded = true where id = ? and superseded = false"
                      + " and removed_at is null")
              .param(replaced.get().id())
              .update();
      if (changed == 0) {
        throw DocumentRefusal.conflict(
            "Tài liệu " + replaced.get().id() + " vừa được người khác thay thế hoặc gỡ.");
      }
    }
    KeyHolder keys = new GeneratedKeyHolder();
    try {
      jdbc.sql(
              """
              insert into bcd_case_document (case_id, chain_id, version_no, replaces_id, kind, document_no,
                document_date, file_name, media_type, size_bytes, sha256, storage_key, added_by, added_at,
                task_id, task_key, task_name)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              caseId,
              replaced.map(Row::chainId).orElse(null),
              replaced.map(r -> r.version() + 1).orElse(1),
              replaced.map(Row::id).orElse(null),
              kind.name(),
              number,
              date == null ? null : Date.valueOf(date),
              fileName,
              type.mediaType(),
              file.size(),
              file.sha256(),
              key,
              userId,
              Timestamp.from(now),
              task == null ? null : task.id(),
              task == null ? null : task.key(),
              task == null ? null : task.name())
          .update(keys, "id");
    } catch (DuplicateKeyException e) {
      throw DocumentRefusal.conflict(
          "Tài liệu " + replaced.map(Row::id).orElse(0L) + " vừa được người khác thay thế.");
    }
    long id = keys.getKey().longValue();
    if (replaced.isEmpty()) {
      jdbc.sql("update bcd_case_document set chain_id = id where id = ?").param(id).update();
    }
    Row row = jdbc.sql(SELECT + " where d.id = ?").param(id).query(CaseDocuments::row).single();
    event(row, "UPLOAD", userId, describe(row));
    return row;
  }

  private void event(Row row, String action, String userId, String detail) {
    jdbc.sql(
            "insert into bcd_document_event (case_id, document_id, action, user_id, at, detail)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            row.caseId(),
            row.id(),
            action,
            userId,
            Timestamp.from(Instant.now(clock)),
            detail.length() > 1500 ? detail.substring(0, 1500) : detail)
        .update();
  }

  /** "Bản án số 12/2025/DS-ST ngày 01/02/2025: ban-an.pdf (1,2 MB), phiên bản 2". */
  static String describe(Row row) {
    StringBuilder text = new StringBuilder(row.kind().label());
    if (row.documentNo() != null) {
      text.append(" số ").append(row.documentNo());
    }
    if (row.documentDate() != null) {
      text.append(" ngày ").append(VietnamTime.format(row.documentDate()));
    }
    text.append(": ")
        .append(row.fileName())
        .append(" (")
        .append(FileNames.readableSize(row.size()))
        .append(")");
    if (row.version() > 1) {
      text.append(", phiên bản ").append(row.version());
    }
    return text.toString();
  }

  // ---- reading ----------------------------------------------------------------------------------

  private static final String SELECT =
      """
      select d.*, c.case_number from bcd_case_document d join bcd_case c on c.id = d.case_id""";

  private static Row row(ResultSet rs, int i) throws SQLException {
    Date date = rs.getDate("document_date");
    Timestamp removedAt = rs.getTimestamp("removed_at");
    return new Row(
        rs.getLong("id"),
        rs.getLong("case_id"),
        rs.getString("case_number"),
        rs.getLong("chain_id"),
        rs.getInt("version_no"),
        rs.getBoolean("superseded"),
        DocumentKind.valueOf(rs.getString("kind")),
        rs.getString("document_no"),
        date == null ? null : date.toLocalDate(),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("storage_key"),
        rs.getString("added_by"),
        rs.getTimestamp("added_at").toInstant(),
        rs.getString("removed_by"),
        removedAt == null ? null : removedAt.toInstant(),
        rs.getString("removal_reason"),
        rs.getBoolean("draft"),
        rs.getString("source"),
        rs.getString("task_id"),
        rs.getString("task_key"),
        rs.getString("task_name"));
  }

  private DocumentView view(Row r, List<Row> earlier) {
    return new DocumentView(
        r.id(),
        r.caseNumber(),
        r.kind().name(),
        r.draft() ? r.kind().label() + " (dự thảo, chưa ký)" : r.kind().label(),
        r.documentNo(),
        r.documentDate() == null ? null : VietnamTime.format(r.documentDate()),
        r.fileName(),
        r.mediaType(),
        DocumentType.labelOf(r.mediaType()),
        r.size(),
        FileNames.readableSize(r.size()),
        r.sha256(),
        r.addedBy(),
        organisation.personLabel(r.addedBy()),
        VietnamTime.format(r.addedAt()),
        r.version(),
        earlier.stream()
            .map(
                v ->
                    new Version(
                        v.id(),
                        v.version(),
                        v.fileName(),
                        v.mediaType(),
                        v.size(),
                        FileNames.readableSize(v.size()),
                        v.sha256(),
                        v.addedBy(),
                        organisation.personLabel(v.addedBy()),
                        VietnamTime.format(v.addedAt())))
            .toList(),
        r.removedAt() != null,
        r.removedBy(),
        r.removedAt() == null ? null : VietnamTime.format(r.removedAt()),
        r.removalReason(),
        r.draft(),
        r.taskId(),
        r.taskName());
  }

  // ---- fields -----------------------------------------------------------------------------------

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String text(String value, int max, String label) {
    if (blank(value)) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw DocumentRefusal.badRequest(label + " dài quá " + max + " ký tự.");
    }
    return text;
  }

  private static LocalDate date(String value) {
    if (blank(value)) {
      return null;
    }
    String text = value.strip();
    for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, VietnamTime.DATE)) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // next format
      }
    }
    throw DocumentRefusal.badRequest(
        "Ngày văn bản '"
            + value
            + "' phải có dạng dd/mm/yyyy, ví dụ 02/03/2026 (hoặc 2026-03-02).");
  }
}
