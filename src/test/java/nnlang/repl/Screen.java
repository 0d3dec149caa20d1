package nnlang.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * A small model of a terminal screen: replays what a program wrote (text, carriage returns,
 * cursor moves, erase to the end of the line, insert and delete characters) and gives the text a
 * person would read. Colours and modes are ignored.
 */
final class Screen {
    private final int width;
    private final List<StringBuilder> lines = new ArrayList<>();
    private int row, col;

    Screen(int width) {
        this.width = width;
        lines.add(new StringBuilder());
    }

    static String render(String raw, int width) {
        Screen s = new Screen(width);
        s.write(raw);
        return s.text();
    }

    void write(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u001b') {
                i = escape(raw, i);
            } else if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                move(row + 1, 0);
            } else if (c == '\b') {
                col = Math.max(0, col - 1);
            } else if (c >= ' ') {
                if (col >= width) move(row + 1, 0);
                StringBuilder line = line();
                while (line.length() < col) line.append(' ');
                if (col < line.length()) line.setCharAt(col, c);
                else line.append(c);
                col++;
            }
        }
    }

    String text() {
        StringBuilder s = new StringBuilder();
        for (StringBuilder l : lines) s.append(l.toString().stripTrailing()).append('\n');
        return s.toString().replaceAll("\n+$", "\n");
    }

    /** Applies one escape sequence starting at i; returns the index of its last character. */
    private int escape(String raw, int i) {
        if (i + 1 >= raw.length()) return i;
        char kind = raw.charAt(i + 1);
        if (kind == '(' || kind == ')') return i + 2;
        if (kind != '[') return i + 1;
        int j = i + 2;
        while (j < raw.length() && (Character.isDigit(raw.charAt(j)) || raw.charAt(j) == ';' || raw.charAt(j) == '?')) j++;
        if (j >= raw.length()) return j;
        String params = raw.substring(i + 2, j).replace("?", "");
        int n = params.isEmpty() || params.contains(";") ? 1 : Integer.parseInt(params);
        StringBuilder line = line();
        switch (raw.charAt(j)) {
            case 'A' -> move(row - n, col);
            case 'B' -> move(row + n, col);
            case 'C' -> col += n;
            case 'D' -> col = Math.max(0, col - n);
            case 'G' -> col = n - 1;
            case 'K' -> line.setLength(Math.min(line.length(), col));
            case 'J' -> {
                line.setLength(Math.min(line.length(), col));
                while (lines.size() > row + 1) lines.remove(lines.size() - 1);
            }
            case 'P' -> line.delete(Math.min(col, line.length()), Math.min(col + n, line.length()));
            case '@' -> { if (col < line.length()) line.insert(col, " ".repeat(n)); }
            default -> { }
        }
        return j;
    }

    private void move(int r, int c) {
        row = Math.max(0, r);
        col = c;
        while (lines.size() <= row) lines.add(new StringBuilder());
    }

    private StringBuilder line() { return lines.get(row); }
}
