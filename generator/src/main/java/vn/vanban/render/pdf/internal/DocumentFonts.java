package vn.vanban.render.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.Map;

import vn.vanban.render.pdf.SubsetPrefixes;
import vn.vanban.style.FontFace;

/**
 * The faces one document uses: for each, its glyphs, its resource name (/F1, /F2, … in order of
 * first use) and the object number the pages refer to; at the end, the embedded fonts themselves.
 *
 * <pre>{@code
 * DocumentFonts fonts = new DocumentFonts(FaceSet.standard(), file);
 * UsedGlyphs bold = fonts.use(FontFace.BOLD);    // while painting
 * fonts.resources(pageBuffer, facesOnPage);      // in each page's dictionary
 * fonts.write(documentKey);                      // after the last page
 * }</pre>
 *
 * <p>Belongs to one rendering.
 */
final class DocumentFonts {
    private final FaceSet faces;
    private final PdfFile file;
    private final Map<FontFace, Used> used = new EnumMap<>(FontFace.class);

    /** A face in use: its glyphs, its resource number and its font object. */
    private record Used(UsedGlyphs glyphs, int resource, int object) {
    }

    DocumentFonts(FaceSet faces, PdfFile file) {
        this.faces = faces;
        this.file = file;
    }

    /** The glyphs of {@code face}, which from now on is part of the document. */
    UsedGlyphs use(FontFace face) {
        return entry(face).glyphs();
    }

    /** The number n of the resource name /Fn of {@code face}. */
    int resource(FontFace face) {
        return entry(face).resource();
    }

    /** Writes "/Font<<…>>" naming the faces whose bits are set in {@code mask} (bit = ordinal). */
    void resources(PdfBuffer b, int mask) {
        b.ascii("/Font<<");
        for (Map.Entry<FontFace, Used> e : used.entrySet()) {
            if ((mask & (1 << e.getKey().ordinal())) != 0) {
                b.ascii("/F").integer(e.getValue().resource()).append((byte) ' ');
                PdfFile.ref(b, e.getValue().object());
            }
        }
        b.ascii(">>");
    }

    /** Feeds each face's name, resource number and glyphs to {@code md}. */
    void digest(MessageDigest md) {
        used.forEach((face, u) -> {
            md.update(face.name().getBytes(StandardCharsets.US_ASCII));
            md.update((byte) u.resource());
            u.glyphs().digest(md);
        });
    }

    /** Writes every face in use, its subset prefix drawn from {@code documentKey}. */
    void write(byte[] documentKey) {
        used.forEach((face, u) -> EmbeddedFont.write(file, u.object(), faces.face(face), faces.hinting(face),
                u.glyphs(), prefix(documentKey, face)));
    }

    /** Six capitals and "+", a function of the document and the face, drawn as OpenPDF draws them. */
    private static String prefix(byte[] documentKey, FontFace face) {
        SubsetPrefixes random = new SubsetPrefixes(documentKey, face.name());
        char[] letters = new char[7];
        for (int k = 0; k < 6; k++) {
            letters[k] = (char) (random.nextDouble() * 26 + 'A');
        }
        letters[6] = '+';
        return new String(letters);
    }

    private Used entry(FontFace face) {
        Used u = used.get(face);
        if (u == null) {
            u = new Used(new UsedGlyphs(faces.face(face)), used.size() + 1, file.reserve());
            used.put(face, u);
        }
        return u;
    }
}
