package vn.vanban.render.pdf.internal;

/**
 * Writes one face of one document as a PDF font: a Type 0 font with Identity-H encoding over a
 * CIDFontType2 whose codes are the glyphs of the embedded subset ({@link FontSubset}), with its
 * widths, descriptor and a ToUnicode map so that text can be searched and copied.
 *
 * <pre>{@code
 * EmbeddedFont.write(file, type0Number, face, FontSubset.shared(face), used, "ABCDEF+");
 * }</pre>
 */
final class EmbeddedFont {
    /** Entries of a ToUnicode block; the CMap syntax allows at most 100. */
    private static final int BLOCK = 100;

    private EmbeddedFont() {
    }

    /**
     * Writes the font; {@code type0} is the object number the pages already refer to.
     *
     * @param prefix the six letters and "+" that mark a subset
     */
    static void write(PdfFile file, int type0, TrueTypeFace face, FontSubset.Shared hinting, UsedGlyphs used,
                      String prefix) {
        String name = prefix + face.postscriptName();
        int descriptor = descriptor(file, face, name, program(file, face, hinting, used));
        int cidFont = cidFont(file, name, descriptor, used);
        int toUnicode = file.reserve();
        PdfBuffer map = toUnicode(used);
        file.stream(toUnicode, "", map.array(), map.size());

        PdfBuffer b = file.begin(type0);
        b.ascii("<</Type/Font/Subtype/Type0/BaseFont/").ascii(name).ascii("/Encoding/Identity-H/DescendantFonts[");
        PdfFile.ref(b, cidFont).ascii("]/ToUnicode ");
        PdfFile.ref(b, toUnicode).ascii(">>");
        file.end();
    }

    /** The subset's font program: its own tables, then the face's shared hinting tables. */
    private static int program(PdfFile file, TrueTypeFace face, FontSubset.Shared hinting, UsedGlyphs used) {
        byte[] front = FontSubset.build(face, hinting, used.glyphs(), used.count());
        int number = file.reserve();
        file.stream(number, "/Length1 " + (front.length + hinting.size()),
                PdfFile.Part.ofUnrepetitive(front, 0, front.length), hinting.packed());
        return number;
    }

    private static int descriptor(PdfFile file, TrueTypeFace face, String name, int program) {
        int number = file.reserve();
        int[] box = face.box();
        PdfBuffer b = file.begin(number);
        b.ascii("<</Type/FontDescriptor/FontName/").ascii(name).ascii("/Flags ").integer(face.flags())
                .ascii("/FontBBox[").integer(box[0]).ascii(" ").integer(box[1]).ascii(" ").integer(box[2])
                .ascii(" ").integer(box[3]).ascii("]/ItalicAngle ").number(face.italicAngle())
                .ascii("/Ascent ").integer(face.ascent()).ascii("/Descent ").integer(face.descent())
                .ascii("/CapHeight ").integer(face.capHeight()).ascii("/StemV 80/FontFile2 ");
        PdfFile.ref(b, program).ascii(">>");
        file.end();
        return number;
    }

    /** The CID font: code = glyph of the subset, with each code's width. */
    private static int cidFont(PdfFile file, String name, int descriptor, UsedGlyphs used) {
        int number = file.reserve();
        PdfBuffer b = file.begin(number);
        b.ascii("<</Type/Font/Subtype/CIDFontType2/BaseFont/").ascii(name)
                .ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ");
        PdfFile.ref(b, descriptor).ascii("/DW 1000/W [");
        if (used.count() > 1) {
            b.ascii("1[");
            for (int code = 1; code < used.count(); code++) {
                if (code > 1) {
                    b.append((byte) ' ');
                }
                b.integer(used.width(code));
            }
            b.append((byte) ']');
        }
        b.ascii("]/CIDToGIDMap/Identity>>");
        file.end();
        return number;
    }

    /** The CMap from each code to the character it was drawn for. */
    private static PdfBuffer toUnicode(UsedGlyphs used) {
        PdfBuffer b = new PdfBuffer(256 + 16 * used.count());
        b.ascii("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int from = 1; from < used.count(); from += BLOCK) {
            int to = Math.min(used.count(), from + BLOCK);
            b.integer(to - from).ascii(" beginbfchar\n");
            for (int code = from; code < to; code++) {
                b.append((byte) '<').hex4(code).ascii("> <");
                int c = used.character(code);
                if (Character.isSupplementaryCodePoint(c)) {
                    b.hex4(Character.highSurrogate(c)).hex4(Character.lowSurrogate(c));
                } else {
                    b.hex4(c);
                }
                b.ascii(">\n");
            }
            b.ascii("endbfchar\n");
        }
        b.ascii("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b;
    }
}
