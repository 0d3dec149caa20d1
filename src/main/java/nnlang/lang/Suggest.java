package nnlang.lang;

import java.util.Collection;

/** "Did you mean" for near misses: the closest word within a small edit distance. */
public final class Suggest {
    private Suggest() {}

    /**
     * The candidate nearest to the word: one that differs only in case, else the nearest within an
     * edit distance of 2 (1 for short words); null if none.
     */
    public static String nearest(String word, Collection<String> candidates) {
        // a case mistake (ReLU, XOR, Train) is the nearest miss, whatever its edit distance
        for (String c : candidates) if (!c.equals(word) && c.equalsIgnoreCase(word)) return c;
        String best = null;
        int bestDistance = word.length() <= 3 ? 1 : 2;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d <= bestDistance && (best == null || d < distance(word, best))) best = c;
        }
        return best;
    }

    /** The hint text for a near miss, or null. */
    public static String hint(String word, Collection<String> candidates) {
        String n = nearest(word, candidates);
        return n == null ? null : "did you mean '" + n + "'?";
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent swaps). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
