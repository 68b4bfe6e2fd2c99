/** The plain-text writer: one paragraph per line, numbers and markers included. */
package vn.vanban.render.text;
