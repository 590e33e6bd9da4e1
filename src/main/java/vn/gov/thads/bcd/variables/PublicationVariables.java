package vn.gov.thads.bcd.variables;

/**
 * Variables of {@code PublishToProvinceProcess}: only the row's id, the body stays in {@code
 * bcd_publication}.
 */
public final class PublicationVariables {

  public static final String PROCESS_KEY = ProcessKeys.PUBLISH_TO_PROVINCE;

  /** Id of the publication's row in {@code bcd_publication} (Long). */
  public static final String PUBLICATION_ID = "publicationId";

  /**
   * What is published: {@link PublicationLog#CONCLUSION_NOTICE} or {@link
   * PublicationLog#CASE_STATUS}.
   */
  public static final String PUBLICATION_KIND = "publicationKind";

  /** The HTTP status the province's system answered (set once it was accepted). */
  public static final String HTTP_STATUS = "publicationHttpStatus";

  private PublicationVariables() {}
}
