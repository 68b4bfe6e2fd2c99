package vn.vanban;

/** Output formats: the file extension and what writes it. */
public enum Format {
    /** Word document with named ND30 styles, for officers to edit. */
    DOCX("docx"),
    /** PDF with embedded fonts, exact A4. */
    PDF("pdf"),
    /** Plain text, one paragraph per line, for a quick read or a diff. */
    TXT("txt");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses "docx", "pdf" or "txt" (any case); null otherwise. */
    public static Format parse(String s) {
        for (Format f : values()) {
            if (f.extension.equalsIgnoreCase(s.strip())) {
                return f;
            }
        }
        return null;
    }
}
