/**
 * The papers of a case: judgments, enforcement decisions, records, opinion letters, minutes,
 * notices, each a file with its kind, number and date, who added it and when, its size and SHA-256.
 * A document is never overwritten (a replaced one stays as an earlier version) and removal is a
 * recorded act; uploads, downloads and removals are kept for the case's operation log. Files are
 * checked by their content ({@link vn.gov.thads.bcd.documents.ContentInspector}) and kept by a
 * {@link vn.gov.thads.bcd.documents.DocumentStore} (in the database by default). Owns {@code
 * bcd_case_document}, {@code bcd_document_chunk} and {@code bcd_document_event}; {@link
 * vn.gov.thads.bcd.documents.CaseDocumentsController} serves them over {@code /api}. A step may ask
 * for a paper ({@link vn.gov.thads.bcd.documents.StepPapers}, {@code bcd.documents.step-papers}); a
 * required one is checked on completion ({@link
 * vn.gov.thads.bcd.documents.RequiredStepPaperCheck}).
 */
package vn.gov.thads.bcd.documents;
