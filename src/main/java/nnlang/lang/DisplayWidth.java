package nnlang.lang;

/**
 * How many terminal columns text takes, so that a caret stands under its token: East Asian wide
 * and fullwidth characters (CJK, Hangul, fullwidth forms, most emoji) take two, combining marks
 * and format characters none, control characters four (they are shown escaped, {@code \x1b}),
 * everything else one. The ranges are those of Unicode's EastAsianWidth W and F classes,
 * coarsened to blocks, as terminals' wcwidth tables have them.
 */
public final class DisplayWidth {
    private DisplayWidth() {}

    /** The columns of a string. */
    public static int of(String text) { return of(text.codePoints().toArray(), 0, text.codePointCount(0, text.length())); }

    /** The columns of the code points from to to - 1. */
    public static int of(int[] codePoints, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) w += of(codePoints[i]);
        return w;
    }

    /** The columns of one code point: 0, 1 or 2, and 4 for a control character, shown as {@code \x1b} ({@link Visible}). */
    public static int of(int cp) {
        if (Visible.escaped(cp)) return Visible.ESCAPE_WIDTH;
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)       // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)   // CJK radicals, punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)   // kana, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)   // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)   // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)   // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)   // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)   // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)   // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)   // fullwidth forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs, emoticons
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and beyond
    }
}
