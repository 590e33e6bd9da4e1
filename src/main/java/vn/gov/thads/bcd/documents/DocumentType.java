package vn.gov.thads.bcd.documents;

/** The file types a case document may have, as found from its content. */
public enum DocumentType {
  PDF("application/pdf", "PDF"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
  DOC("application/msword", "Word 97-2003 (DOC)"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)"),
  ODT("application/vnd.oasis.opendocument.text", "OpenDocument (ODT)"),
  JPEG("image/jpeg", "Ảnh JPEG"),
  PNG("image/png", "Ảnh PNG");

  /** The types, as named in refusals. */
  public static final String ACCEPTED = "PDF, DOCX, DOC, XLSX, ODT, JPEG, PNG";

  private final String mediaType;
  private final String label;

  DocumentType(String mediaType, String label) {
    this.mediaType = mediaType;
    this.label = label;
  }

  public String mediaType() {
    return mediaType;
  }

  public String label() {
    return label;
  }

  static String labelOf(String mediaType) {
    for (DocumentType t : values()) {
      if (t.mediaType.equals(mediaType)) {
        return t.label;
      }
    }
    return mediaType;
  }
}
