package nnlang.data;

/** How an input state becomes the numbers fed to the first layer. */
public enum InputEncoding {
    /** One node per character of a bit-string state; other states are numbered and written in binary. */
    BITS,
    /** One node holding the state's index 0, 1, 2, ... (the essay's E1). */
    SCALAR,
    /** One node per state. */
    ONEHOT;

    public String word() { return name().toLowerCase(); }

    /** The number of input nodes this encoding needs for the space. */
    public int width(Space xs) {
        return switch (this) {
            case BITS -> xs.isBits() ? xs.bitWidth() : Bits.widthFor(xs.size());
            case SCALAR -> 1;
            case ONEHOT -> xs.size();
        };
    }

    /** Writes the encoding of state index i of space xs into out[offset ..]. */
    public void encode(Space xs, int i, double[] out, int offset) {
        switch (this) {
            case BITS -> {
                String bits = xs.isBits() ? xs.state(i) : Bits.toBits(i, Bits.widthFor(xs.size()));
                for (int k = 0; k < bits.length(); k++) out[offset + k] = bits.charAt(k) == '1' ? 1 : 0;
            }
            case SCALAR -> out[offset] = i;
            case ONEHOT -> {
                for (int k = 0; k < xs.size(); k++) out[offset + k] = k == i ? 1 : 0;
            }
        }
    }

    /** The encoding of state index i as a fresh vector (for reports, not for the training loop). */
    public double[] encode(Space xs, int i) {
        double[] v = new double[width(xs)];
        encode(xs, i, v, 0);
        return v;
    }

    public static InputEncoding byWord(String word) {
        for (InputEncoding e : values()) if (e.word().equals(word)) return e;
        return null;
    }
}
