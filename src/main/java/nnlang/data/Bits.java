package nnlang.data;

/** Small helpers for states written as bit strings. */
public final class Bits {
    private Bits() {}

    public static boolean isBitString(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '0' && c != '1') return false;
        }
        return true;
    }

    /** The value written MSB first in {@code width} bits. */
    public static String toBits(int value, int width) {
        char[] c = new char[width];
        for (int i = 0; i < width; i++) c[i] = ((value >> (width - 1 - i)) & 1) == 1 ? '1' : '0';
        return new String(c);
    }

    /** The number of bits needed to number {@code count} states (at least 1). */
    public static int widthFor(int count) {
        int w = 1;
        while ((1L << w) < count) w++;
        return w;
    }
}
