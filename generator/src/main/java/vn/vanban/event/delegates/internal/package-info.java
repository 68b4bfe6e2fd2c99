/** Not API: the workbook's columns, the container checks, the streaming sheet reader and the template writer. */
package vn.vanban.event.delegates.internal;
