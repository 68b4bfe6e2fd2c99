package vn.vanban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.vanban.doc.Block;
import vn.vanban.style.SizeProfile;

/** The warm-up document renders in every format, with one block of every kind. */
class SpecimenTest {
    @Test
    void rendersInEveryFormatOnOnePage() throws Exception {
        Vanban vanban = Vanban.builder().build();
        var doc = Specimen.of(SizeProfile.P13_14);
        for (Format f : Format.values()) {
            assertTrue(vanban.bytes(doc, f).length > 0, f.toString());
        }
        try (PDDocument pdf = Loader.loadPDF(vanban.bytes(doc, Format.PDF))) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Nguyễn Văn A"), text);
        }
    }

    @Test
    void holdsEveryKindOfBlock() {
        List<String> kinds = Specimen.of(SizeProfile.P13_14).sections().get(0).blocks().stream()
                .map(b -> b.getClass().getSimpleName()).distinct().toList();
        for (Class<?> k : Block.class.getPermittedSubclasses()) {
            if (k != vn.vanban.doc.AppendixTitle.class) { // an appendix starts its own section
                assertTrue(kinds.contains(k.getSimpleName()), k.getSimpleName());
            }
        }
    }

    @Test
    void warmingUpChangesNoOutput() throws Exception {
        var ev = Vanban.read(java.nio.file.Path.of("examples/tam-duong-2024.yaml"));
        var formats = java.util.EnumSet.allOf(Format.class);
        Vanban cold = Vanban.builder().build();
        Vanban warm = Vanban.builder().build();
        warm.warmUp(formats);
        var a = cold.render(ev, formats);
        var b = warm.render(ev, formats);
        for (int i = 0; i < a.size(); i++) {
            assertTrue(java.util.Arrays.equals(a.get(i).bytes(), b.get(i).bytes()), a.get(i).name());
        }
    }
}
