package nnlang.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.lang.Diagnostic;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import nnlang.lang.Span;

/**
 * {@code table T from "data.csv"}: one row per line, cells separated by commas (spaces around a
 * cell do not count; a cell in double quotes may hold commas, "" is a quote). The last column is
 * the output state, the others are input factors, joined into the input state: side by side when
 * every input cell is one character (0,1 gives 01), else with '_' between them (red,big gives
 * red_big). Blank lines and lines starting with '#' are skipped. The first row is a header, and is
 * skipped, when in some column it is not a number while every other row there is; a header of
 * names over names can be written as a '#' line. Several rows with one input make a row with
 * several targets (a non-function); a repeated row counts once.
 */
final class CsvTables {
    /** As many rows as parity(16) has: plenty for tiny nets, and a shared file cannot ask for more. */
    static final int MAX_ROWS = 65_536;
    static final char JOIN = '_';

    private CsvTables() {}

    /** One data line: its line number and its cells with their columns. */
    private record Line(int number, List<String> cells, List<Integer> columns) {}

    /** The table read from the text of a CSV file; errors point into that file. */
    static Table read(String name, Source csv) throws NnError {
        List<Line> lines = lines(csv);
        if (lines.isEmpty()) throw error(csv, new Span(1, 1, 1), "the file has no rows");
        int width = lines.get(0).cells().size();
        if (width < 2) {
            throw new NnError(new Diagnostic(csv, span(lines.get(0), 0),
                    "a row needs at least two cells: the input factors, then the output", separatorHint(lines.get(0))));
        }
        for (Line l : lines) {
            if (l.cells().size() != width) {
                Span at = l.cells().size() > width ? span(l, width) : new Span(l.number(), lineLength(csv, l) + 1, 1);
                throw error(csv, at, "line " + l.number() + " has " + l.cells().size() + " cells; the first row has "
                        + width);
            }
            for (int c = 0; c < width; c++) {
                if (l.cells().get(c).isEmpty()) throw error(csv, span(l, c), "cell " + (c + 1) + " of line " + l.number()
                        + " is empty");
                String control = ControlCharacters.first(l.cells().get(c));
                if (control != null) {
                    throw error(csv, span(l, c), "cell " + (c + 1) + " of line " + l.number() + " holds " + control
                            + ": every report shows a state on one line");
                }
            }
        }
        if (isHeader(lines)) lines = lines.subList(1, lines.size());
        if (lines.isEmpty()) throw error(csv, new Span(1, 1, 1), "the file has a header but no rows");
        if (lines.size() > MAX_ROWS) {
            throw error(csv, span(lines.get(MAX_ROWS), 0), "the file has more than " + MAX_ROWS + " rows (the limit)");
        }
        boolean oneChar = true;
        for (Line l : lines) for (int c = 0; c + 1 < width; c++) oneChar &= l.cells().get(c).codePointCount(0,
                l.cells().get(c).length()) == 1;
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Line l : lines) {
            StringBuilder x = new StringBuilder();
            for (int c = 0; c + 1 < width; c++) {
                if (c > 0 && !oneChar) x.append(JOIN);
                x.append(l.cells().get(c));
            }
            List<String> targets = rows.computeIfAbsent(x.toString(), k -> new ArrayList<>());
            String y = l.cells().get(width - 1);
            if (!targets.contains(y)) targets.add(y);
        }
        List<Row> written = new ArrayList<>();
        rows.forEach((x, ys) -> written.add(new Row(x, ys)));
        return Table.of(name, written);
    }

    /** Spreadsheets in many countries separate cells with ';', and TSV files with tabs: say so. */
    private static String separatorHint(Line first) {
        String cell = first.cells().get(0);
        if (cell.indexOf(';') >= 0) return "the cells seem separated by ';'; nnlang reads commas (export as CSV with commas)";
        if (cell.indexOf('\t') >= 0) return "the cells seem separated by tabs; nnlang reads commas (export as CSV with commas)";
        return null;
    }

    /** A header: some column is a number in every other row but not in the first. */
    private static boolean isHeader(List<Line> lines) {
        if (lines.size() < 2) return false;
        int width = lines.get(0).cells().size();
        for (int c = 0; c < width; c++) {
            if (isNumber(lines.get(0).cells().get(c))) continue;
            boolean numbers = true;
            for (int i = 1; i < lines.size() && numbers; i++) numbers = isNumber(lines.get(i).cells().get(c));
            if (numbers) return true;
        }
        return false;
    }

    private static boolean isNumber(String s) { return s.matches("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?"); }

    private static List<Line> lines(Source csv) throws NnError {
        List<Line> lines = new ArrayList<>();
        List<String> texts = csv.text().lines().toList();
        for (int n = 1; n <= texts.size(); n++) {
            String t = texts.get(n - 1);
            if (t.isBlank() || t.strip().startsWith("#")) continue;
            if (lines.size() > MAX_ROWS + 1) {
                throw error(csv, new Span(n, 1, 1), "the file has more than " + MAX_ROWS + " rows (the limit)");
            }
            lines.add(cells(csv, n, t));
        }
        return lines;
    }

    /** Splits one line at commas outside double quotes; trims each cell. */
    private static Line cells(Source csv, int n, String t) throws NnError {
        List<String> cells = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int i = 0;
        while (true) {
            while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) i++;
            columns.add(i + 1);
            StringBuilder cell = new StringBuilder();
            if (i < t.length() && t.charAt(i) == '"') {
                int open = i++;
                while (true) {
                    if (i >= t.length()) throw error(csv, new Span(n, open + 1, 1), "this quote is never closed");
                    char c = t.charAt(i++);
                    if (c == '"' && i < t.length() && t.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        cell.append(c);
                    }
                }
                while (i < t.length() && t.charAt(i) != ',') {
                    if (!Character.isWhitespace(t.charAt(i))) {
                        throw error(csv, new Span(n, i + 1, 1), "a comma must follow the closing quote");
                    }
                    i++;
                }
                cells.add(cell.toString());
            } else {
                int end = t.indexOf(',', i);
                if (end < 0) end = t.length();
                cells.add(t.substring(i, end).strip());
                i = end;
            }
            if (i >= t.length()) break;
            i++; // the comma
        }
        return new Line(n, cells, columns);
    }

    private static Span span(Line l, int cell) {
        return new Span(l.number(), l.columns().get(cell), Math.max(1, l.cells().get(cell).length()));
    }

    private static int lineLength(Source csv, Line l) { return csv.line(l.number()).length(); }

    private static NnError error(Source csv, Span span, String message) {
        return new NnError(new Diagnostic(csv, span, message));
    }
}
