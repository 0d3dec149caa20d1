package nnlang.report;

/**
 * The colours of the terminal a report is printed on: none (scripts, pipes, dumb terminals get
 * plain text, the same bytes whatever the terminal), xterm's 256, or 24-bit colour. The REPL
 * learns it from its terminal and passes it in as it passes the width; no renderer asks a
 * terminal.
 */
public enum Colours {
    NONE, XTERM_256, TRUE_COLOUR;

    /** Back to the terminal's own colours. */
    static final String RESET = "\033[0m";
    private static final int[] CUBE = {0, 95, 135, 175, 215, 255};

    /** The control sequence that sets the background to rgb (as near as this terminal can), or "". */
    String background(int rgb) { return sgr(48, rgb); }

    /** The control sequence that sets the text's colour to rgb, or "". */
    String foreground(int rgb) { return sgr(38, rgb); }

    private String sgr(int layer, int rgb) {
        if (this == NONE) return "";
        if (this == XTERM_256) return "\033[" + layer + ";5;" + xterm(rgb) + "m";
        return "\033[" + layer + ";2;" + (rgb >> 16 & 255) + ";" + (rgb >> 8 & 255) + ";" + (rgb & 255) + "m";
    }

    /** The nearest colour of xterm's 6x6x6 cube (16-231) or its grey ramp (232-255, 8 + 10k). */
    static int xterm(int rgb) {
        int r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255;
        int ri = level(r), gi = level(g), bi = level(b);
        int cube = 16 + 36 * ri + 6 * gi + bi;
        int k = Math.max(0, Math.min(23, Math.round(((r + g + b) / 3f - 8) / 10)));
        int grey = 8 + 10 * k;
        long toCube = square(r - CUBE[ri]) + square(g - CUBE[gi]) + square(b - CUBE[bi]);
        long toGrey = square(r - grey) + square(g - grey) + square(b - grey);
        return toGrey < toCube ? 232 + k : cube;
    }

    /** The cube's level nearest v. */
    private static int level(int v) {
        int best = 0;
        for (int i = 1; i < CUBE.length; i++) if (Math.abs(v - CUBE[i]) < Math.abs(v - CUBE[best])) best = i;
        return best;
    }

    private static long square(int d) { return (long) d * d; }

    /** The text without its colour sequences: what a person counts as its columns. */
    static String plain(String text) { return text.indexOf('\033') < 0 ? text : text.replaceAll("\033\\[[0-9;]*m", ""); }
}
