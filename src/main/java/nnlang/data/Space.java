package nnlang.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A finite state space: its states in their canonical order. Spaces whose states are all bit
 * strings of one width are ordered numerically (00, 01, 10, 11); others keep the order in which
 * the states first appeared (DESIGN.md section 2).
 */
public final class Space implements java.io.Serializable {
    private final List<String> states;
    private final Map<String, Integer> index = new HashMap<>();
    private final int bitWidth;

    private Space(List<String> states) {
        this.states = List.copyOf(states);
        for (int i = 0; i < this.states.size(); i++) index.put(this.states.get(i), i);
        this.bitWidth = commonBitWidth(this.states);
    }

    /** The space of the given states (duplicates dropped), put in canonical order. */
    public static Space of(Collection<String> firstAppearance) {
        List<String> states = new ArrayList<>(new LinkedHashSet<>(firstAppearance));
        if (commonBitWidth(states) > 0) states.sort(Comparator.naturalOrder());
        return new Space(states);
    }

    /** All 2^k bit strings of width k, in numeric order. */
    public static Space allBits(int k) {
        List<String> states = new ArrayList<>(1 << k);
        for (int i = 0; i < 1 << k; i++) states.add(Bits.toBits(i, k));
        return new Space(states);
    }

    private static int commonBitWidth(List<String> states) {
        if (states.isEmpty()) return -1;
        int width = states.get(0).length();
        for (String s : states) {
            if (s.length() != width || !Bits.isBitString(s)) return -1;
        }
        return width;
    }

    public List<String> states() { return states; }

    public int size() { return states.size(); }

    public String state(int i) { return states.get(i); }

    public boolean contains(String state) { return index.containsKey(state); }

    /** The position of a state, or -1 when it is not in this space. */
    public int indexOf(String state) { return index.getOrDefault(state, -1); }

    /** True when every state is a bit string of one width. */
    public boolean isBits() { return bitWidth > 0; }

    /** The common width of the bit-string states, or -1 when the states are not all bit strings. */
    public int bitWidth() { return bitWidth; }

    /** True when this space holds all 2^k bit strings of its width. */
    public boolean isFullBitSpace() { return isBits() && bitWidth < 31 && size() == 1 << bitWidth; }

    @Override public boolean equals(Object o) { return o instanceof Space s && s.states.equals(states); }

    @Override public int hashCode() { return states.hashCode(); }

    @Override public String toString() {
        return states.size() <= 8 ? "{" + String.join(", ", states) + "}"
                : "{" + states.get(0) + ", " + states.get(1) + ", ..., " + states.get(states.size() - 1)
                        + "} (" + states.size() + " states)";
    }
}
