package vn.vanban.layout;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A line's pieces as the {@link LineBreaker} made them: an array of the exact size, which no one
 * else holds and no one changes, so a {@link Line} keeps it as it is instead of copying it (a
 * document has hundreds of lines).
 */
final class Pieces extends AbstractList<Line.Piece> implements RandomAccess {
    private final Line.Piece[] pieces;

    /** {@code pieces}: a new array, handed over. */
    Pieces(Line.Piece[] pieces) {
        this.pieces = pieces;
    }

    @Override
    public Line.Piece get(int index) {
        return pieces[Objects.checkIndex(index, pieces.length)];
    }

    @Override
    public int size() {
        return pieces.length;
    }
}
