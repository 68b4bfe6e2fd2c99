/**
 * Delegates (đại biểu) from an Excel workbook: {@link vn.vanban.event.delegates.DelegateWorkbook}
 * writes the template a secretariat fills in, reads a filled workbook (written by Excel, LibreOffice
 * Calc or POI) into {@link vn.vanban.event.Delegate} records, and writes a list back. Every problem is
 * a {@link vn.vanban.event.delegates.WorkbookProblem} naming the sheet, row and column.
 */
package vn.vanban.event.delegates;
