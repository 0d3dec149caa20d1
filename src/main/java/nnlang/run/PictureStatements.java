package nnlang.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnlang.data.Table;
import nnlang.lang.NnError;
import nnlang.lang.Statement;
import nnlang.model.Net;

/** Resolves the statements that make pictures: plot (training curves), map (p over the input square), draw (SVG, PNG). */
final class PictureStatements {
    private PictureStatements() {}

    /** plot needs a net with a training history in this session. */
    static Plan plot(Statement.Plot s, Resolver r) throws NnError {
        NetEntry entry = r.netEntry(s.net());
        if (!r.scope.trained.contains(entry.name())) {
            throw r.fail.at(s.net().span(), "net " + s.net() + " has not been trained in this session",
                    "train it first: train " + s.net() + " on TABLE");
        }
        if (s.file() == null) return new Plan.Plot(entry.name(), null, false, null);
        return new Plan.Plot(entry.name(), r.writablePath(s.file()), png(s.file(), "plot", r), s.file());
    }

    /** map needs a net with two input nodes and two output states. */
    static Plan map(Statement.Map s, Resolver r) throws NnError {
        if (!s.more().isEmpty()) {
            if (s.file() != null) {
                throw r.fail.at(s.file().span(), "a map of several nets is text only; map each net to its own file");
            }
            List<Plan> parts = new ArrayList<>();
            parts.add(map(new Statement.Map(s.span(), s.net(), s.table()), r));
            for (nnlang.lang.Word net : s.more()) parts.add(map(new Statement.Map(s.span(), net, s.table()), r));
            return new Plan.SideBySide(parts);
        }
        Resolver.NetOnTable found = r.netOnTable(s.net(), s.table());
        Net net = found.net();
        checkMap(net, s.net(), r);
        int[] node = {-1, -1};
        if (s.node() != null) {
            // as ablate says it
            node = nnlang.model.NodeNames.parse(net, s.node().text());
            if (node == null) {
                List<String> all = nnlang.model.NodeNames.all(net);
                String names = all.isEmpty() ? "it has no hidden layer" : "its hidden nodes are " + String.join(", ", all);
                throw r.fail.at(s.node().span(), "net " + net.name() + " has no hidden node '" + s.node() + "'; " + names,
                        nnlang.lang.Suggest.hint(s.node().text(), all));
            }
        }
        if (s.file() == null) return new Plan.Map(net.name(), found.table(), node[0], node[1], null, false, null);
        return new Plan.Map(net.name(), found.table(), node[0], node[1], r.writablePath(s.file()),
                png(s.file(), "map", r), s.file());
    }

    /** True for a .png file, false for .svg; any other name is refused at its place. */
    static boolean png(nnlang.lang.Word file, String statement, Resolver r) throws NnError {
        String name = file.text().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".png")) return true;
        if (name.endsWith(".svg")) return false;
        throw r.fail.at(file.span(), statement + " writes .svg or .png files, not '" + file.text() + "'");
    }

    /** A map needs a net with two input nodes and two output states; the error points at {@code at}. */
    static void checkMap(Net net, nnlang.lang.Word at, Resolver r) throws NnError {
        if (net.inputWidth() != 2) {
            throw r.fail.at(at.span(), "a map needs a net with two input nodes; " + net.name() + " has "
                    + net.inputWidth());
        }
        if (net.output().space().size() != 2) {
            throw r.fail.at(at.span(), "a map shows p of one of two output states; " + net.name() + " has "
                    + net.output().space().size());
        }
    }

    /** draw writes an .svg or a .png file behind the fence. */
    static Plan draw(Statement.Draw s, Resolver r) throws NnError {
        Net net = r.trained(s.net());
        Table table = s.table() == null ? null : r.table(s.table());
        if (table != null) r.checkFits(net, table, s.table());
        String name = s.file().text();
        boolean png = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png");
        boolean gif = name.toLowerCase(java.util.Locale.ROOT).endsWith(".gif");
        if (!png && !gif && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            throw r.fail.at(s.file().span(), "draw writes .svg, .png or .gif files, not '" + name + "'");
        }
        if (gif && table == null) {
            throw r.fail.at(s.file().span(), "a .gif animates the relation diagram over a training: draw "
                    + net.name() + " on TABLE to \"" + name + "\"");
        }
        if (gif && !r.scope.trained.contains(net.name())) {
            throw r.fail.at(s.file().span(), "a .gif animates the relations of a training of this session",
                    "train " + net.name() + " first, then draw " + net.name() + " on TABLE to \"" + name + "\"");
        }
        String cannot = nnlang.report.draw.Diagrams.cannotDraw(net, table == null ? 0 : table.rows().size(),
                table == null ? 0 : net.output().space().size());
        if (cannot != null) throw r.fail.at(s.net().span(), cannot);
        Path path = r.writablePath(s.file());
        return new Plan.Draw(net.name(), table, path, png, s.file(), gif);
    }
}
