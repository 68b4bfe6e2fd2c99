package vn.vanban.layout.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.vanban.doc.Addressees;
import vn.vanban.doc.AppendixTitle;
import vn.vanban.doc.HeaderBlock;
import vn.vanban.doc.Heading;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.Signature;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Span;
import vn.vanban.doc.Table;
import vn.vanban.doc.TitleBlock;
import vn.vanban.layout.AddresseesPlan;
import vn.vanban.layout.HeaderPlan;
import vn.vanban.layout.Labels;
import vn.vanban.layout.PageGeometry;
import vn.vanban.layout.Roles;
import vn.vanban.layout.Runs;
import vn.vanban.layout.SignaturePlan;
import vn.vanban.layout.TextMeasurer;
import vn.vanban.layout.page.Lines.Indents;
import vn.vanban.style.Align;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/**
 * Lays out each kind of block of the document model as strips, mirroring the DOCX the other
 * renderer writes paragraph for paragraph: the same roles, indents, spacing, line heights, table
 * cells and rules, so vanban's PDF and Word's or LibreOffice's rendering of the DOCX agree.
 *
 * <pre>{@code
 * Block b = new Blocks(style, style.styles(), measurer, lines, textWidth).of(block);
 * }</pre>
 */
final class Blocks {
    private final Nd30Style style;
    private final Map<Role, TextStyle> styles;
    private final TextMeasurer measurer;
    private final Lines lines;
    private final double width;

    /** {@code styles}: the style sheet's text styles, built once per layout. */
    Blocks(Nd30Style style, Map<Role, TextStyle> styles, TextMeasurer measurer, Lines lines, double width) {
        this.style = style;
        this.styles = styles;
        this.measurer = measurer;
        this.lines = lines;
        this.width = width;
    }

    Block of(vn.vanban.doc.Block block) {
        return switch (block) {
            case HeaderBlock h -> header(h);
            case TitleBlock t -> title(t);
            case Heading h -> heading(h);
            case Paragraph p -> {
                Role role = Roles.of(p);
                yield text(role, p.label(), p.content(), role == Role.CENTERED);
            }
            case ListItem li -> text(Roles.of(li), li.marker(), li.content(), false);
            case Table t -> table(t);
            case Addressees a -> addressees(a);
            case SignatureBlock s -> signature(s);
            case AppendixTitle a -> appendix(a);
        };
    }

    /** The thin empty paragraph the DOCX puts between two tables and after a final table. */
    Block separator() {
        return new Block(List.of(new Slice(style.ruleGapPt(), 0, true, List.of(), null)), 0, 0);
    }

    // --- Paragraph-shaped blocks -------------------------------------------------------------

    private Block text(Role role, String label, List<Span> spans, boolean balance) {
        TextStyle ts = styles.get(role);
        return lines.paragraph(ts, Runs.of(ts, label, spans), width,
                new Indents(0, 0, PageGeometry.mm(ts.firstLineMm())), balance);
    }

    private Block line(Role role, String text, double containerWidth, boolean balance) {
        TextStyle ts = styles.get(role);
        return lines.paragraph(ts, Runs.of(ts, text), containerWidth,
                new Indents(0, 0, PageGeometry.mm(ts.firstLineMm())), balance);
    }

    private Block heading(Heading h) {
        if (h.level() != Heading.Level.PART) {
            return text(Roles.of(h), h.label(), h.title(), false);
        }
        TextStyle ts = styles.get(Role.PART_TITLE);
        return concat(line(Role.PART_LABEL, h.label(), width, false),
                lines.paragraph(ts, Runs.of(ts, null, h.title()), width, Indents.NONE, true));
    }

    private Block title(TitleBlock t) {
        List<Block> parts = new ArrayList<>();
        parts.add(line(Role.DOCUMENT_TYPE, t.documentType(), width, true));
        t.subject().forEach(s -> parts.add(line(Role.SUBJECT, s, width, true)));
        parts.add(rule(width, style.subjectRuleRatio() * width, style.bodySpaceBeforePt()));
        return concat(parts.toArray(Block[]::new));
    }

    private Block appendix(AppendixTitle a) {
        List<Block> parts = new ArrayList<>();
        if (a.label() != null) {
            parts.add(line(Role.APPENDIX_LABEL, a.label(), width, true));
        }
        a.title().forEach(s -> parts.add(line(Role.APPENDIX_TITLE, s, width, true)));
        if (a.attached() != null) {
            parts.add(line(Role.APPENDIX_ATTACHED, a.attached(), width, true));
        }
        parts.add(rule(width, style.subjectRuleRatio() * width, style.bodySpaceBeforePt()));
        return concat(parts.toArray(Block[]::new));
    }

    private Block addressees(Addressees a) {
        TextStyle ts = styles.get(Role.ADDRESSEES);
        List<String> rs = a.recipients();
        AddresseesPlan plan = AddresseesPlan.of(style, measurer, width);
        if (rs.size() == 1) {
            // One recipient: "Kính gửi: X" centred under the title (ô 9a).
            return lines.paragraph(ts, Runs.of(ts, Labels.KINH_GUI + " " + rs.get(0)), width, Indents.NONE, false,
                    Align.CENTER, ts.spaceBeforePt(), ts.spaceAfterPt());
        }
        List<Block> parts = new ArrayList<>();
        parts.add(lines.paragraph(ts, Runs.of(ts, Labels.KINH_GUI), width,
                new Indents(plan.labelIndent(), 0, 0), false, ts.align(), ts.spaceBeforePt(), 0));
        for (int i = 0; i < rs.size(); i++) {
            boolean last = i == rs.size() - 1;
            parts.add(lines.paragraph(ts, Runs.of(ts, Labels.DASH + rs.get(i)), width,
                    new Indents(plan.dashIndent() + plan.hanging(), 0, -plan.hanging()), false, ts.align(),
                    0, last ? ts.spaceAfterPt() : 0));
        }
        return concat(parts.toArray(Block[]::new));
    }

    // --- Rules -------------------------------------------------------------------------------

    /**
     * A short centred rule as the DOCX draws it: an empty paragraph one rule gap high whose bottom
     * border lies one more rule gap below it.
     */
    private Block rule(double containerWidth, double length, double after) {
        double gap = style.ruleGapPt();
        double space = style.ruleSpacePt();
        double w = style.ruleWidthPt();
        double x = (containerWidth - Math.min(length, containerWidth)) / 2;
        double y = gap + space + w / 2;
        Mark stroke = new Mark.Stroke(x, y, x + Math.min(length, containerWidth), y, w);
        return new Block(List.of(new Slice(gap + space + w, 0, false, List.of(stroke), null)), 0, after);
    }

    // --- Header (ô 1–4) ----------------------------------------------------------------------

    /** A header line: fitted by the plan, written without joins. */
    private Block headerLine(Role role, String text, double containerWidth) {
        TextStyle ts = styles.get(role);
        return lines.paragraph(ts, Runs.asWritten(ts, text), containerWidth, Indents.NONE, false);
    }

    private Block header(HeaderBlock h) {
        HeaderPlan plan = HeaderPlan.of(h, style, measurer, width);
        double below = measurer.descent(styles.get(Role.PLACE_DATE).sizePt(), false, true);
        List<Block> agency = new ArrayList<>();
        plan.parent().forEach(s -> agency.add(headerLine(Role.PARENT_AGENCY, s, plan.left())));
        plan.agency().forEach(s -> agency.add(headerLine(Role.AGENCY, s, plan.left())));
        if (!plan.agency().isEmpty()) {
            agency.add(rule(plan.left(), plan.agencyRule(), below));
        } else if (plan.parent().isEmpty()) {
            agency.add(line(Role.AGENCY, "", plan.left(), false));
        }
        List<Block> nation = new ArrayList<>();
        nation.add(headerLine(Role.NATIONAL_NAME, h.nationalName(), plan.right()));
        nation.add(headerLine(Role.MOTTO, h.motto(), plan.right()));
        nation.add(rule(plan.right(), plan.mottoRule(), below));

        List<Block> number = new ArrayList<>();
        TextStyle numberStyle = styles.get(Role.NUMBER);
        number.add(lines.paragraph(numberStyle, Runs.asWritten(numberStyle, h.number() == null ? "" : h.number()), plan.left(),
                Indents.NONE, false, numberStyle.align(), numberStyle.spaceBeforePt() + plan.numberLead(), numberStyle.spaceAfterPt()));
        if (h.subjectLine() != null) {
            number.add(line(Role.SUBJECT_LINE, h.subjectLine(), plan.left(), false));
        }
        if (h.draftMark() != null) {
            number.add(draftBox(h.draftMark(), plan.left()));
        }
        TextStyle dateStyle = styles.get(Role.PLACE_DATE);
        List<Block> date = List.of(lines.paragraph(dateStyle, Runs.asWritten(dateStyle, h.placeAndDate()), plan.right(),
                Indents.NONE, false, dateStyle.align(), dateStyle.spaceBeforePt() + plan.dateLead(), dateStyle.spaceAfterPt()));

        Slice top = row(new double[] {plan.left(), plan.right()}, List.of(agency, nation), 0, false);
        Slice bottom = row(new double[] {plan.left(), plan.right()}, List.of(number, date), 0, false);
        return new Block(List.of(top, bottom.withBreak(false)), 0, 0);
    }

    /** "DỰ THẢO" in a single-line box just wide enough for it, centred in the column. */
    private Block draftBox(String mark, double column) {
        TextStyle ts = styles.get(Role.DRAFT_MARK);
        double pad = style.tableCellPaddingPt();
        double w = style.ruleWidthPt();
        double box = Math.min(column, measurer.width(mark, ts.sizePt(), ts.bold(), ts.italic()) + 2 * pad);
        double side = (column - box) / 2;
        Block text = lines.paragraph(ts, Runs.of(ts, mark), column, new Indents(side, column - box - side, 0),
                false, Align.CENTER, 0, 0);
        double inner = Math.round(pad / 2);
        double top = w / 2;
        double textTop = w + inner;
        double bottom = textTop + ts.lineHeightPt() + inner + w / 2;
        List<Mark> marks = new ArrayList<>();
        for (Mark m : Block.stack(List.of(text)).marks()) {
            marks.add(m.shift(0, textTop));
        }
        marks.add(new Mark.Stroke(side, top, side + box, top, w));
        marks.add(new Mark.Stroke(side, bottom, side + box, bottom, w));
        marks.add(new Mark.Stroke(side, top, side, bottom, w));
        marks.add(new Mark.Stroke(side + box, top, side + box, bottom, w));
        Slice s = new Slice(bottom + w / 2, 0, false, marks, null);
        return new Block(List.of(s), ts.spaceBeforePt(), ts.spaceAfterPt());
    }

    // --- Signature (ô 7, 9b) -----------------------------------------------------------------

    private Block signature(SignatureBlock block) {
        SignaturePlan plan = SignaturePlan.of(block, style, measurer, width);
        double[] cols = {plan.left(), plan.right()};
        double closing = style.closingSpaceBeforePt();
        if (block.signers().size() == 1) {
            List<Block> left = recipients(block.recipients(), plan.left(), closing + plan.labelLead());
            Signature s = block.signers().get(0);
            List<Block> right = new ArrayList<>(titles(s, plan.right(), closing));
            right.addAll(name(s, plan.right()));
            return new Block(List.of(row(cols, List.of(left, right), 0, false)), 0, 0);
        }
        List<List<Block>> titles = new ArrayList<>();
        List<List<Block>> names = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Signature s = block.signers().get(i);
            List<Block> t = titles(s, cols[i], closing);
            titles.add(t.isEmpty() ? List.of(line(Role.AUTHORITY, "", cols[i], false)) : t);
            names.add(name(s, cols[i]));
        }
        List<Slice> rows = new ArrayList<>();
        rows.add(row(cols, titles, 0, false));
        rows.add(row(cols, names, 0, false).withBreak(false));
        if (!block.recipients().isEmpty()) {
            rows.add(row(cols, List.of(recipients(block.recipients(), cols[0], closing),
                    List.of(line(Role.RECIPIENTS, "", cols[1], false))), 0, false).withBreak(false));
        }
        return new Block(rows, 0, 0);
    }

    private List<Block> recipients(List<String> items, double column, double before) {
        List<Block> out = new ArrayList<>();
        TextStyle label = styles.get(Role.RECIPIENTS_LABEL);
        out.add(lines.paragraph(label, Runs.of(label, items.isEmpty() ? "" : Labels.NOI_NHAN), column,
                Indents.NONE, false, label.align(), before, label.spaceAfterPt()));
        items.forEach(r -> out.add(line(Role.RECIPIENTS, Labels.DASH + r, column, false)));
        return out;
    }

    private List<Block> titles(Signature s, double column, double before) {
        List<Block> out = new ArrayList<>();
        for (String line : s.authority()) {
            TextStyle ts = styles.get(Role.AUTHORITY);
            out.add(lines.paragraph(ts, Runs.of(ts, line), column, Indents.NONE, false, ts.align(),
                    out.isEmpty() ? before : ts.spaceBeforePt(), ts.spaceAfterPt()));
        }
        if (s.note() != null) {
            TextStyle ts = styles.get(Role.SIGNATURE_NOTE);
            out.add(lines.paragraph(ts, Runs.of(ts, s.note()), column, Indents.NONE, false, ts.align(),
                    out.isEmpty() ? before : ts.spaceBeforePt(), ts.spaceAfterPt()));
        }
        return out;
    }

    /** The empty paragraph that leaves room for the signature and the seal, then the name. */
    private List<Block> name(Signature s, double column) {
        Slice space = new Slice(style.signatureSpacePt(), 0, false, List.of(), null);
        return List.of(new Block(List.of(space), 0, 0), line(Role.SIGNER_NAME, s.name(), column, false));
    }

    // --- Tables ------------------------------------------------------------------------------

    /** A row of a borderless or ruled table: each cell's blocks stacked, the row as tall as the tallest. */
    private Slice row(double[] widths, List<List<Block>> cells, double pad, boolean ruled) {
        List<Block.Stack> stacks = new ArrayList<>();
        double content = 0;
        for (List<Block> cell : cells) {
            Block.Stack st = Block.stack(cell);
            stacks.add(st);
            content = Math.max(content, st.height());
        }
        // A ruled row is as tall as its content, its padding and its top border, as Word and
        // LibreOffice lay it out (the table's bottom border is added to its last row).
        double border = ruled ? style.ruleWidthPt() : 0;
        double height = content + 2 * pad + border;
        List<Mark> marks = new ArrayList<>();
        double x = 0;
        for (int i = 0; i < widths.length; i++) {
            for (Mark m : stacks.get(i).marks()) {
                marks.add(m.shift(x + pad, pad + border));
            }
            x += widths[i];
        }
        if (ruled) {
            double w = style.ruleWidthPt();
            marks.add(new Mark.Stroke(0, 0, x, 0, w));
            marks.add(new Mark.Stroke(0, height, x, height, w));
            double edge = 0;
            marks.add(new Mark.Stroke(edge, 0, edge, height, w));
            for (double cw : widths) {
                edge += cw;
                marks.add(new Mark.Stroke(edge, 0, edge, height, w));
            }
        }
        return new Slice(height, 0, true, marks, null);
    }

    private Block table(Table table) {
        List<Table.Column> cols = table.columns();
        double[] widths = vn.vanban.layout.TablePlan.widths(table, style, measurer, width);
        double pad = style.tableCellPaddingPt();
        List<List<Block>> head = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            head.add(List.of(line(Role.TABLE_HEADER, cols.get(i).header(), widths[i] - 2 * pad, false)));
        }
        Slice header = centred(row(widths, head, pad, true), widths, head, pad);
        List<Slice> rows = new ArrayList<>();
        rows.add(header);
        TextStyle cell = styles.get(Role.TABLE_CELL);
        for (List<List<Span>> r : table.rows()) {
            List<List<Block>> cells = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                Align align = Align.valueOf(cols.get(i).align().name());
                cells.add(List.of(lines.paragraph(cell, Runs.of(cell, null, r.get(i)), widths[i] - 2 * pad,
                        Indents.NONE, false, align, cell.spaceBeforePt(), cell.spaceAfterPt())));
            }
            Slice s = row(widths, cells, pad, true);
            // The header row never ends a page alone; later rows repeat it when they open one.
            boolean firstBody = rows.size() == 1;
            rows.add(new Slice(s.height(), 0, !firstBody, s.marks(), header));
        }
        Slice last = rows.remove(rows.size() - 1);
        rows.add(new Slice(last.height() + style.ruleWidthPt(), last.gapBefore(), last.breakBefore(), last.marks(),
                last.header()));
        return new Block(rows, 0, 0);
    }

    /** The header row with each cell's content centred vertically, as the DOCX asks. */
    private Slice centred(Slice row, double[] widths, List<List<Block>> cells, double pad) {
        List<Mark> marks = new ArrayList<>();
        double x = 0;
        for (int i = 0; i < widths.length; i++) {
            Block.Stack st = Block.stack(cells.get(i));
            double border = style.ruleWidthPt();
            double dy = pad + border + (row.height() - 2 * pad - border - st.height()) / 2;
            for (Mark m : st.marks()) {
                marks.add(m.shift(x + pad, dy));
            }
            x += widths[i];
        }
        for (Mark m : row.marks()) {
            if (m instanceof Mark.Stroke) {
                marks.add(m);
            }
        }
        return new Slice(row.height(), 0, true, marks, null);
    }

    private static Block concat(Block... parts) {
        List<Slice> slices = new ArrayList<>();
        double pending = 0;
        for (int p = 0; p < parts.length; p++) {
            Block b = parts[p];
            for (int i = 0; i < b.slices().size(); i++) {
                Slice s = b.slices().get(i);
                if (p > 0 && i == 0) {
                    // Inside a title or a heading, nothing breaks; the gap is the spacing between paragraphs.
                    s = s.withGap(pending + b.before()).withBreak(false);
                }
                slices.add(s);
            }
            pending = b.after();
        }
        return new Block(slices, parts[0].before(), pending);
    }
}
