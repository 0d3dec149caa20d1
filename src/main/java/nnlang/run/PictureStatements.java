package nnlang.run;

import java.nio.file.Path;
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
        return new Plan.Plot(entry.name());
    }

    /** map needs a net with two input nodes and two output states. */
    static Plan map(Statement.Map s, Resolver r) throws NnError {
        Resolver.NetOnTable found = r.netOnTable(s.net(), s.table());
        Net net = found.net();
        checkMap(net, s.net(), r);
        return new Plan.Map(net.name(), found.table());
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
        if (!png && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            throw r.fail.at(s.file().span(), "draw writes .svg or .png files, not '" + name + "'");
        }
        String cannot = nnlang.report.draw.Diagrams.cannotDraw(net, table == null ? 0 : table.rows().size(),
                table == null ? 0 : net.output().space().size());
        if (cannot != null) throw r.fail.at(s.net().span(), cannot);
        Path path = r.writablePath(s.file());
        return new Plan.Draw(net.name(), table, path, png, s.file());
    }
}
