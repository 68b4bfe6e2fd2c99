package vn.vanban.render.print;

import java.util.Objects;

/**
 * One thing the print shop makes, with its finished (trim) size in millimetres. Large items
 * (backdrop, banners, stage title) get the large bleed; sheets (cover, cards, badges) the small one.
 *
 * <pre>{@code
 * PrintItem backdrop = new PrintItem.Backdrop(12_000, 4_000);
 * PrintItem banner = new PrintItem.Banner("bang-ron", 6_000, 800, "Nhiệt liệt chào mừng …");
 * }</pre>
 */
public sealed interface PrintItem {
    /** The largest sizes vanban accepts (50 m): beyond that a size is a typing error. */
    double MAX_MM = 50_000;

    /** The output file name without extension, e.g. {@code phong}. */
    String fileName();

    /** What the item is, in Vietnamese, for README.txt and messages. */
    String label();

    /** Trim width, mm. */
    double widthMm();

    /** Trim height, mm. */
    double heightMm();

    /** Whether the item is a large format (large bleed) rather than a sheet. */
    default boolean large() {
        return true;
    }

    /** The stage backdrop (phông): the whole title stack. */
    record Backdrop(double widthMm, double heightMm) implements PrintItem {
        public String fileName() {
            return "phong";
        }

        public String label() {
            return "Phông sân khấu (backdrop)";
        }
    }

    /** A banner (băng rôn) or slogan (khẩu hiệu): one text, usually on one or two lines. */
    record Banner(String fileName, double widthMm, double heightMm, String text) implements PrintItem {
        public Banner {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(text, "text");
        }

        public String label() {
            return "Băng rôn / khẩu hiệu";
        }
    }

    /** The stage title (tiêu đề sân khấu): the event's name and period only. */
    record StageTitle(double widthMm, double heightMm) implements PrintItem {
        public String fileName() {
            return "tieu-de-san-khau";
        }

        public String label() {
            return "Tiêu đề sân khấu";
        }
    }

    /** The A4 folder cover (bìa tài liệu): organiser, title, period, place and date. */
    record FolderCover(double widthMm, double heightMm) implements PrintItem {
        public String fileName() {
            return "bia-tai-lieu";
        }

        public String label() {
            return "Bìa tài liệu (A4)";
        }

        public boolean large() {
            return false;
        }
    }

    /**
     * Tent name cards (thẻ tên để bàn), one per card holder, imposed on sheets with cut and fold
     * marks; each card is two faces of {@code widthMm × heightMm}, the upper one upside down.
     */
    record NameCards(Sheet sheet, double widthMm, double heightMm) implements PrintItem {
        public NameCards {
            Objects.requireNonNull(sheet, "sheet");
        }

        public String fileName() {
            return "the-ten";
        }

        public String label() {
            return "Thẻ tên để bàn (gấp đôi)";
        }

        public boolean large() {
            return false;
        }
    }

    /** Delegate badges (thẻ đại biểu), one per card holder, imposed on sheets with cut marks. */
    record Badges(Sheet sheet, double widthMm, double heightMm) implements PrintItem {
        public Badges {
            Objects.requireNonNull(sheet, "sheet");
        }

        public String fileName() {
            return "the-deo";
        }

        public String label() {
            return "Thẻ đại biểu (đeo)";
        }

        public boolean large() {
            return false;
        }
    }

    /** The sheets cards and badges are imposed on. */
    enum Sheet {
        A4(210, 297), A3(297, 420);

        public final double widthMm;
        public final double heightMm;

        Sheet(double widthMm, double heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }
    }
}
