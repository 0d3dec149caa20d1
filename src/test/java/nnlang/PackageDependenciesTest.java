package nnlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnlang.report.Report;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between nnlang's packages point one way: the JDK's jdeps reads the compiled main
 * classes, and no package may reach itself again through the others.
 */
class PackageDependenciesTest {
    /** "   nnlang.info    -> nnlang.report    classes", one line per edge of jdeps -verbose:package. */
    private static final Pattern EDGE = Pattern.compile("^\\s+(nnlang[\\w.]*)\\s+->\\s+(nnlang[\\w.]*)\\s");

    @Test void noPackageCycle() throws Exception {
        Map<String, Set<String>> edges = edges();
        assertTrue(edges.getOrDefault("nnlang.model", Set.of()).contains("nnlang.data"),
                "jdeps found no edge model -> data; read:\n" + show(edges));
        List<List<String>> cycles = cycles(edges);
        assertEquals(List.of(), cycles, "packages that depend on each other (jdeps -verbose:package):\n" + show(edges));
    }

    /** Package to the other nnlang packages its classes use. */
    private static Map<String, Set<String>> edges() throws Exception {
        Path classes = Path.of(Report.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                classes.toString());
        assertEquals(0, code, "jdeps failed: " + err);
        Map<String, Set<String>> edges = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                edges.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        return edges;
    }

    /** The strongly connected components of more than one package (Tarjan's algorithm). */
    static List<List<String>> cycles(Map<String, Set<String>> edges) {
        Tarjan t = new Tarjan(edges);
        for (String p : edges.keySet()) if (!t.index.containsKey(p)) t.visit(p);
        return t.cycles;
    }

    private static final class Tarjan {
        final Map<String, Set<String>> edges;
        final Map<String, Integer> index = new TreeMap<>(), low = new TreeMap<>();
        final List<String> stack = new ArrayList<>();
        final List<List<String>> cycles = new ArrayList<>();

        Tarjan(Map<String, Set<String>> edges) { this.edges = edges; }

        void visit(String p) {
            index.put(p, index.size());
            low.put(p, index.get(p));
            stack.add(p);
            for (String q : edges.getOrDefault(p, Set.of())) {
                if (!index.containsKey(q)) {
                    visit(q);
                    low.put(p, Math.min(low.get(p), low.get(q)));
                } else if (stack.contains(q)) {
                    low.put(p, Math.min(low.get(p), index.get(q)));
                }
            }
            if (low.get(p).equals(index.get(p))) {
                List<String> component = new ArrayList<>();
                String q;
                do {
                    q = stack.remove(stack.size() - 1);
                    component.add(q);
                } while (!q.equals(p));
                if (component.size() > 1) cycles.add(component.stream().sorted().toList());
            }
        }
    }

    private static String show(Map<String, Set<String>> edges) {
        StringBuilder s = new StringBuilder();
        edges.forEach((p, qs) -> s.append("  ").append(p).append(" -> ").append(String.join(", ", qs)).append('\n'));
        return s.toString();
    }

    @Test void findsACycle() {
        Map<String, Set<String>> edges = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"),
                "d", Set.of());
        assertEquals(List.of(List.of("a", "b", "c")), cycles(edges));
    }
}
