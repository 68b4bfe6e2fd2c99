package vn.vanban.layout.page;

import java.util.List;

/**
 * What a strip draws, relative to its top-left corner at the text block's left edge: marks made
 * already, or a line of text whose marks are made when they are placed ({@link TextLine}).
 */
sealed interface Drawing permits Drawing.Marks, TextLine {
    /** The number of marks. */
    int size();

    /** The marks, relative to the strip. */
    List<Mark> marks();

    /**
     * Writes the marks moved by {@code dx}, {@code dy} into {@code out} from {@code at}: the
     * marks of {@link #marks()} each {@link Mark#shift shifted}, without making them first.
     */
    void shifted(double dx, double dy, Mark[] out, int at);

    /** Marks made already. */
    record Marks(List<Mark> marks) implements Drawing {
        static final Marks NONE = new Marks(List.of());

        @Override
        public int size() {
            return marks.size();
        }

        @Override
        public void shifted(double dx, double dy, Mark[] out, int at) {
            for (int i = 0; i < marks.size(); i++) {
                out[at + i] = marks.get(i).shift(dx, dy);
            }
        }
    }
}
