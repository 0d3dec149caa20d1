package nnlang.run;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.Table;
import nnlang.model.Net;
import nnlang.report.draw.Diagrams;

/**
 * Keeps a copy of the weights at about {@link #FRAMES} evenly spaced epochs of a training, for
 * {@code draw NET on TABLE to "f.gif"}; only for nets small enough to draw, so that a wide net
 * pays nothing. Copies are taken at history samples, so the frames fall on the history's epochs.
 */
final class Filming {
    static final int FRAMES = 25;

    private final List<Net> frames = new ArrayList<>();
    private final List<Integer> epochs = new ArrayList<>();
    private final int total, step;
    private int next;

    private Filming(int total) {
        this.total = total;
        this.step = Math.max(1, total / FRAMES);
    }

    /** A filming of this training, or null when the net (or its relations on the table) cannot be drawn. */
    static Filming of(Net net, Table table, int epochs) {
        return Diagrams.cannotDraw(net, table.rows().size(), net.output().space().size()) == null ? new Filming(epochs) : null;
    }

    void sample(Net net, int epoch) {
        if (epoch < next) return;
        frames.add(net.copy());
        epochs.add(epoch);
        next = epoch + step;
    }

    /** The film, ending with the trained net after {@code epochsRun} epochs. */
    NetEntry.Film end(Net net, int epochsRun) {
        if (epochs.isEmpty() || epochs.get(epochs.size() - 1) != epochsRun) {
            frames.add(net.copy());
            epochs.add(epochsRun);
        }
        return new NetEntry.Film(frames, epochs, total);
    }
}
