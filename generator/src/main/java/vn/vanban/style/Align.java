package vn.vanban.style;

/** Paragraph alignment. */
public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }
