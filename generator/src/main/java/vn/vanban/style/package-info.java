/**
 * The ND30 style sheet: page, margins, sizes, spacing and rules, read by every renderer.
 * No renderer holds a format number of its own.
 */
package vn.vanban.style;
