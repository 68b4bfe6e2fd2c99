package vn.vanban.render.pdf.internal;

import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Parsed {@link FaceSet}s kept for reuse, so each font file is parsed once per renderer and
 * concurrent renderings never share a set.
 *
 * <pre>{@code
 * FaceSet set = pool.borrow();
 * try { ... } finally { pool.giveBack(set); }
 * }</pre>
 */
public final class FacePool {
    private final ConcurrentLinkedDeque<FaceSet> idle = new ConcurrentLinkedDeque<>();

    /** An idle set, or a newly parsed one when all are in use. */
    public FaceSet borrow() {
        FaceSet set = idle.pollFirst();
        return set != null ? set : FaceSet.load();
    }

    /** Returns a set taken with {@link #borrow()}. */
    public void giveBack(FaceSet set) {
        idle.offerFirst(set);
    }
}
