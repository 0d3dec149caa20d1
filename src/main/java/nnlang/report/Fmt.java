package nnlang.report;

import java.util.List;
import java.util.Locale;

/** Number and list formats shared by the text renderers; always Locale.ROOT. */
final class Fmt {
    private Fmt() {}

    /** Two decimals, for means of counts. */
    static String f2(double v) {
        if (Double.isNaN(v)) return "nan";
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Four decimals (from 1e9 on, four in the exponent form); inf and nan spelled out; -0.0000 printed as 0.0000. */
    static String f4(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        // a weight of 1e308 would be 309 digits wide: from a billion on, the exponent form
        if (Math.abs(v) >= 1e9) return String.format(Locale.ROOT, "%.4e", v);
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.equals("-0.0000") ? "0.0000" : s;
    }

    /** A floor log2 |S(x)|: a whole number of bits without decimals (0, 1, 2), else four decimals. */
    static String bits(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return f4(v);
    }

    /** A short form for a single value: at most four decimals, trailing zeros dropped (1, 0.5, 0.1235). */
    static String compact(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return f4(v);
        if (v != 0 && Math.abs(v) < 1e-4) return String.format(Locale.ROOT, "%.3g", v);
        String s = f4(v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Seconds with two decimals. */
    static String seconds(long nanos) { return String.format(Locale.ROOT, "%.2f s", nanos / 1e9); }

    /** A space written like Space.toString: all states up to 8, else the first two, ..., the last. */
    static String states(List<String> states) {
        int n = states.size();
        if (n <= 8) return "{" + String.join(", ", states) + "}";
        return "{" + states.get(0) + ", " + states.get(1) + ", ..., " + states.get(n - 1) + "}";
    }

    /** "1 node", "2 nodes". */
    static String plural(long n, String word) { return n + " " + word + (n == 1 ? "" : "s"); }
}
