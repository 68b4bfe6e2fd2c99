/**
 * Event files: reading, validating and typing them. {@link vn.vanban.event.EventReader} is the
 * entry point; {@link vn.vanban.event.EventSchema} the one definition of every key; every problem is
 * a {@link vn.vanban.event.Problem} with file, line, column, field and what to do.
 */
package vn.vanban.event;
