/**
 * {@code vanban audit}: checks any DOCX, vanban's or typed by hand in Word, against the format of
 * Nghị định 30/2020/NĐ-CP Phụ lục I, and corrects what is mechanical. Entry point:
 * {@link vn.vanban.audit.DocxAudit}; results: {@link vn.vanban.audit.AuditReport} of
 * {@link vn.vanban.audit.AuditFinding}s. Everything in {@code internal} is not API.
 */
package vn.vanban.audit;
