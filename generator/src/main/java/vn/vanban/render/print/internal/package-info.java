/**
 * Internals of the print items: fitting text to boxes, composing each item, imposing cards on
 * sheets, marks, the PDF and PNG writers, the print shop's README.txt, sizes and colours as
 * written in event files. Not API: anything here may change.
 */
package vn.vanban.render.print.internal;
