package nnlang.model;

/**
 * Seeded weight initialisation: a splitmix64 stream (as in the reference trainer's Spec.java),
 * Glorot-uniform for sigmoid, tanh, linear and softmax layers, He-uniform for rectifiers;
 * biases start at zero. For each layer in order, for each input i, for each node j:
 * W[i][j] = (2u - 1) * sqrt(6 / (fanIn + fanOut)) (Glorot) or (2u - 1) * sqrt(6 / fanIn) (He).
 * In a layer of G groups fanIn and fanOut are those of one block (inputs / G, nodes / G), a
 * number is still drawn for every w[i][j] (so the stream does not depend on G), and the weights
 * outside the blocks are set to 0.
 */
public final class Initialiser {
    private Initialiser() {}

    public static void initialise(Net net, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        for (Layer layer : net.layers()) {
            int n = layer.inputs(), m = layer.nodes(), fanIn = n / layer.groups(), fanOut = m / layer.groups();
            double scale = layer.activation.prefersHeInit() ? Math.sqrt(6.0 / fanIn) : Math.sqrt(6.0 / (fanIn + fanOut));
            for (int k = 0; k < n * m; k++) layer.W.data[k] = (2 * rng.nextDouble() - 1) * scale;
            boolean[] mask = layer.mask();
            if (mask != null) for (int k = 0; k < n * m; k++) if (!mask[k]) layer.W.data[k] = 0;
            java.util.Arrays.fill(layer.b.data, 0, m, 0.0);
        }
    }
}
