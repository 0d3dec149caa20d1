package nnlang.train;

import java.util.SplittableRandom;

/**
 * Run in a JVM with jdk.incubator.vector (by {@link VectorKernelsTest}): the Vector API kernels
 * against the scalar ones and against the plain triple loop, bit for bit, on every shape from
 * 1 x 1 x 1 up to past two vectors of the widest species. Prints one line and exits 1 on the
 * first difference.
 */
public final class KernelsAgreement {
    private KernelsAgreement() {}

    public static void main(String[] args) {
        Kernels best = Kernels.best(), scalar = new ScalarKernels();
        if (best instanceof ScalarKernels) fail("the Vector API kernels were not loaded");
        SplittableRandom random = new SplittableRandom(7);
        int shapes = 0;
        // three passes: the later ones run the kernels compiled by C2 with the vector intrinsics
        for (int pass = 0; pass < 3; pass++) for (int rows = 1; rows <= 11; rows++) {
            for (int n = 1; n <= 9; n++) {
                for (int m = 1; m <= 19; m++) {
                    double[] a = fill(random, rows * n), b = fill(random, n * m), bt = fill(random, rows * m);
                    same(naive(rows, n, m, a, b), run(best, false, rows, n, m, a, b), "mult", rows, n, m);
                    same(run(scalar, false, rows, n, m, a, b), run(best, false, rows, n, m, a, b), "mult", rows, n, m);
                    same(naiveTransA(rows, n, m, a, bt), run(best, true, rows, n, m, a, bt), "multTransA", rows, n, m);
                    same(run(scalar, true, rows, n, m, a, bt), run(best, true, rows, n, m, a, bt), "multTransA", rows, n, m);
                    shapes++;
                }
            }
        }
        // long sums, past the kernels' chunks of the shared dimension (VectorKernels.KC = 128)
        int[][] longSums = {{300, 9, 19}, {257, 5, 17}, {129, 4, 1}, {1030, 3, 2}, {5, 260, 3}, {8, 129, 16}, {130, 130, 1}};
        for (int pass = 0; pass < 3; pass++) for (int[] d : longSums) {
            int rows = d[0], n = d[1], m = d[2];
            double[] a = fill(random, rows * n), b = fill(random, n * m), bt = fill(random, rows * m);
            same(naive(rows, n, m, a, b), run(best, false, rows, n, m, a, b), "mult", rows, n, m);
            same(run(scalar, false, rows, n, m, a, b), run(best, false, rows, n, m, a, b), "mult", rows, n, m);
            same(naiveTransA(rows, n, m, a, bt), run(best, true, rows, n, m, a, bt), "multTransA", rows, n, m);
            same(run(scalar, true, rows, n, m, a, bt), run(best, true, rows, n, m, a, bt), "multTransA", rows, n, m);
        }
        shapes += 3 * longSums.length;
        System.out.println("vector kernels agree bit for bit on " + shapes / 3 + " shapes, 3 passes; "
                + groupedNetKeepsItsMissingWeights() + " missing weights of a grouped net stay 0; "
                + lanesAgree() + " points of exp, sigmoid and tanh agree");
    }

    /** A wide grouped net (its products above Products.SMALL) trained through these kernels: the weights outside its blocks. */
    private static int groupedNetKeepsItsMissingWeights() {
        try {
            nnlang.data.Table tree = nnlang.data.RandomRelations.generate("t", "tree", 8, false, 3);
            nnlang.model.Net net = nnlang.model.NetBuilder.build("g", new nnlang.model.NetSpec(nnlang.data.InputEncoding.BITS,
                    null, java.util.List.of(new nnlang.model.LayerSpec(64, nnlang.model.Activation.RELU, 8),
                            new nnlang.model.LayerSpec(8, nnlang.model.Activation.TANH, 2)),
                    nnlang.data.OutputKind.SIGMOID, null), tree.inputs(), tree.outputs());
            Trainer.train(net, tree, TrainConfig.defaults().epochs(60).lr(0.02).optimizer(OptimizerKind.ADAM).l2(0.01)
                    .batch(64), null);
            int missing = 0;
            for (nnlang.model.Layer l : net.layers()) {
                for (int i = 0; i < l.inputs(); i++) for (int j = 0; j < l.nodes(); j++) {
                    if (l.present(i, j)) continue;
                    if (Double.doubleToRawLongBits(l.W.get(i, j)) != 0) fail("grouped weight w[" + i + "][" + j + "] is " + l.W.get(i, j));
                    missing++;
                }
            }
            return missing;
        } catch (nnlang.data.CodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * VectorMath's exp of -|x|, sigmoid and tanh (through the kernels' apply) against nnlang.model.Exp and
     * Activation, bit for bit: edges in every lane position, then random points over the whole
     * range of exp and over the range training meets, three passes (interpreted, then compiled).
     * Every NaN counts as one value (doubleToLongBits): Java leaves the sign and payload of a NaN
     * result open (Math.abs of a NaN keeps its sign interpreted and clears it compiled).
     */
    private static int lanesAgree() {
        Kernels best = Kernels.best();
        double[] edges = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -1e-300, 709.782712893384, 709.79,
            -745.1332191019412, -745.14, -708.4, -720, -1000, 1000, 1, -1, 0.5 * Math.log(2), -0.5 * Math.log(2),
            20, -20, 372.5, -372.5, 1e-9, -1e-9};
        SplittableRandom random = new SplittableRandom(11);
        int points = 0, n = 4096 + 7; // a tail after the last whole vector at every width
        for (int pass = 0; pass < 3; pass++) {
            double[] z = new double[n];
            for (int k = 0; k < n; k++) {
                int e = (k + pass) % (edges.length * 4);
                z[k] = e < edges.length ? edges[e] : k % 3 == 0 ? random.nextDouble(-746, 710) : random.nextDouble(-40, 40);
            }
            double[] y = new double[n];
            best.expOfMinusAbs(z, y, n);
            for (int k = 0; k < n; k++) {
                double want = nnlang.model.Exp.exp(-Math.abs(z[k]));
                if (Double.doubleToLongBits(y[k]) != Double.doubleToLongBits(want)) {
                    fail("exp(-|" + z[k] + "|): lanes " + y[k] + " vs " + want);
                }
            }
            for (nnlang.model.Activation f : nnlang.model.Activation.values()) {
                if (f == nnlang.model.Activation.SOFTMAX) continue;
                double[] a = new double[n];
                best.apply(f, z, a, n);
                for (int k = 0; k < n; k++) {
                    if (Double.doubleToLongBits(a[k]) != Double.doubleToLongBits(f.apply(z[k]))) {
                        fail(f.word() + "(" + z[k] + "): lanes " + a[k] + " vs " + f.apply(z[k]));
                    }
                }
            }
            points += n;
        }
        return points / 3;
    }

    private static double[] run(Kernels k, boolean transA, int rows, int n, int m, double[] a, double[] b) {
        double[] c = new double[transA ? n * m : rows * m];
        if (transA) k.multTransA(rows, n, m, a, b, c);
        else k.mult(rows, n, m, a, b, c);
        return c;
    }

    /** c = a b, each element its own sum in ascending k, one Math.fma a step. */
    private static double[] naive(int rows, int n, int m, double[] a, double[] b) {
        double[] c = new double[rows * m];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) s = Math.fma(a[i * n + k], b[k * m + j], s);
                c[i * m + j] = s;
            }
        }
        return c;
    }

    /** c = a^T b with a rows x n, b rows x m. */
    private static double[] naiveTransA(int rows, int n, int m, double[] a, double[] b) {
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < rows; k++) s = Math.fma(a[k * n + i], b[k * m + j], s);
                c[i * m + j] = s;
            }
        }
        return c;
    }

    private static double[] fill(SplittableRandom random, int size) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) x[i] = random.nextDouble(-3, 3);
        return x;
    }

    private static void same(double[] want, double[] got, String what, int rows, int n, int m) {
        for (int i = 0; i < want.length; i++) {
            if (Double.doubleToRawLongBits(want[i]) != Double.doubleToRawLongBits(got[i])) {
                fail(what + " " + rows + "x" + n + "x" + m + " element " + i + ": " + want[i] + " vs " + got[i]);
            }
        }
    }

    private static void fail(String message) {
        System.out.println("differ: " + message);
        System.exit(1);
    }
}
