package nnlang.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlang.data.OutputKind;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.model.Layer;
import nnlang.model.Net;

/**
 * Many trainings of one small net at once, side by side in lanes (issue 16 item 1: the trials
 * of compare and curve): as many trainings as a vector holds doubles (8 with AVX-512, 4 with
 * AVX2) train as one, each lane with the bits
 * of {@link Trainer#train(Net, Table, TrainConfig, TrainListener, boolean)} without history for
 * that training alone.
 *
 * <p>What goes in lanes: full-batch training of a net whose every weight matrix takes the small
 * pass (at most {@link Backprop#FUSED} weights), without progress lines. Everything else trains
 * one at a time on the scalar path, with the same result: mini-batches (each training has its own
 * shuffled order, so the lanes' batches would hold other rows: not done), wide layers (their
 * products are already vectors), progress lines, and options Trainer refuses (it says why).
 * {@code -Dnnlang.lanes=false} turns lanes off (tests and nn bench compare the two); without the
 * Vector API they are off unless {@code -Dnnlang.lanes=force} (see {@link #width()}).
 */
public final class Lanes {
    private Lanes() {}

    private static final LaneKernels SUMS = LaneKernels.best();

    /** False under -Dnnlang.lanes=false. */
    public static boolean on() { return !"false".equals(System.getProperty("nnlang.lanes")); }

    /**
     * Trainings per batch: one vector's lanes, or 1 when lanes are off. Without the Vector API
     * also 1: the scalar lane kernels give the same bits but train about a quarter slower than one
     * training at a time (measured on 3-8-1: 1.8 against 1.4 us a training and epoch), so they run
     * only when asked for with -Dnnlang.lanes=force (the tests, in a JVM without the Vector API).
     */
    public static int width() {
        if (!on()) return 1;
        return SUMS.exact() || "force".equals(System.getProperty("nnlang.lanes")) ? SUMS.batch() : 1;
    }

    /**
     * Trains each net IN PLACE on its table with its options, as
     * {@code Trainer.train(nets[i], tables[i], cfgs[i], listener, false)} does one after the
     * other: the same weights, epochs, reason, loss and entropy bit for bit. Consecutive trainings
     * of the same net shape, row count and options (the seed apart) share a batch.
     */
    public static List<TrainResult> train(List<Net> nets, List<Table> tables, List<TrainConfig> cfgs,
                                          TrainListener listener) {
        return train(nets, tables, cfgs, listener, SUMS, width());
    }

    /**
     * As {@link #train(List, List, List, TrainListener)} with these kernels, at most lanes
     * trainings a batch (the tests); a batch's arrays take its count rounded up to the kernels'
     * width (the vector kernels: one vector's lanes, whatever lanes says).
     */
    static List<TrainResult> train(List<Net> nets, List<Table> tables, List<TrainConfig> cfgs, TrainListener listener,
                                   LaneKernels sums, int lanes) {
        int n = nets.size();
        if (tables.size() != n || cfgs.size() != n) throw new IllegalArgumentException("one table and config per net");
        TrainListener l = listener == null ? TrainListener.NONE : listener;
        List<List<Row>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TrainConfig c = cfgs.get(i);
            rows.add(c.rows() == null ? tables.get(i).rows() : tables.get(i).restrictedTo(c.rows()).rows());
        }
        List<TrainResult> results = new ArrayList<>(n);
        // the vector kernels take one vector's lanes, no more
        if (sums.exact()) lanes = Math.min(lanes, sums.width());
        for (int i = 0; i < n; ) {
            int j = i + 1;
            if (lanes > 1 && fits(nets.get(i), cfgs.get(i), rows.get(i).size())) {
                while (j < n && j - i < lanes && fits(nets.get(j), cfgs.get(j), rows.get(j).size())
                        && sameBatch(nets.get(i), cfgs.get(i), rows.get(i).size(), nets.get(j), cfgs.get(j),
                        rows.get(j).size())) j++;
            }
            if (j - i == 1) {
                // one training alone: the scalar path (a batch of one lane would only be slower)
                results.add(Trainer.train(nets.get(i), tables.get(i), cfgs.get(i), l, false));
            } else {
                Net[] batch = nets.subList(i, j).toArray(new Net[0]);
                TrainConfig[] c = cfgs.subList(i, j).toArray(new TrainConfig[0]);
                int width = (j - i + sums.width() - 1) / sums.width() * sums.width();
                results.addAll(Arrays.asList(new LaneTrainer(batch, rows.subList(i, j), c, l, sums, width).run()));
            }
            i = j;
        }
        return results;
    }

    /**
     * True when this training goes in lanes: a full batch, every weight matrix small, no progress
     * lines, rows to train on, options Trainer accepts, and an epoch short enough that Trainer
     * would not poll for a stop inside it.
     */
    static boolean fits(Net net, TrainConfig cfg, int rows) {
        if (rows < 1 || cfg.epochs() < 0 || cfg.batch() < 0 || cfg.batch() != 0 && cfg.batch() < rows) return false;
        if (cfg.every() != 0) return false;
        boolean softmax = net.output().kind() == OutputKind.SOFTMAX;
        if (softmax && Trainer.naturalLoss(net, cfg.loss()) == Loss.BCE) return false;
        long work = 0;
        for (Layer l : net.layers()) {
            if (l.inputs() * l.nodes() > Backprop.FUSED) return false;
            work += l.W.getNumElements() + l.b.getNumElements();
        }
        return work * rows <= Products.PIECE;
    }

    /** Two trainings that can share a batch: one net shape, one row count, the same options but the seed. */
    private static boolean sameBatch(Net a, TrainConfig ca, int ra, Net b, TrainConfig cb, int rb) {
        if (ra != rb || !ca.seed(0).rows(null).equals(cb.seed(0).rows(null))) return false;
        if (!Arrays.equals(a.sizes(), b.sizes()) || !a.output().equals(b.output()) || !a.inputs().equals(b.inputs())
                || a.encoding() != b.encoding()) return false;
        for (int l = 0; l < a.layers().size(); l++) {
            Layer x = a.layer(l), y = b.layer(l);
            if (x.activation != y.activation || x.groups() != y.groups()) return false;
        }
        return true;
    }
}
