/**
 * The layout layer every renderer shares: one text measurer over the bundled font metrics, page
 * geometry, and the decisions both the DOCX and the PDF must agree on (roles, labels, line breaks,
 * column widths, keep rules). A renderer only draws what this layer decided.
 */
package vn.vanban.layout;
