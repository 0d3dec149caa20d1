package nnlang.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nnlang.data.Table;
import nnlang.info.ProbabilityMap;
import nnlang.info.Relations;
import nnlang.lang.NnError;
import nnlang.lang.Statement;
import nnlang.model.Net;
import nnlang.report.PlotReport;
import nnlang.report.Report;
import nnlang.report.RelationsReport;
import nnlang.report.WroteReport;
import nnlang.report.draw.Diagrams;

/** The statements that make pictures: plot (training curves), map (p over the input square), draw (SVG, PNG). */
final class PictureStatements {
    private PictureStatements() {}

    /** The curves of the net's last training, or null in check mode. */
    static Report plot(Statement.Plot s, Interpreter in, Failure fail) throws NnError {
        NetEntry entry = in.netEntry(s.net(), fail);
        if (entry.lastTraining() == null && in.mode() == Interpreter.Mode.RUN) {
            throw fail.at(s.net().span(), "net " + s.net() + " has not been trained in this session",
                    "train it first: train " + s.net() + " on TABLE");
        }
        if (in.mode() == Interpreter.Mode.CHECK) return null;
        return new PlotReport(entry.name(), entry.trainedOn(), entry.lastTraining().history());
    }

    /** p(y|x) over the input square, or null in check mode. */
    static Report map(Statement.Map s, Interpreter in, Failure fail) throws NnError {
        Interpreter.NetOnTable found = in.netOnTable(s.net(), s.table(), fail);
        Net net = found.net();
        Table table = found.table();
        if (net.inputWidth() != 2) {
            throw fail.at(s.net().span(), "a map needs a net with two input nodes; " + net.name() + " has "
                    + net.inputWidth());
        }
        if (net.output().space().size() != 2) {
            throw fail.at(s.net().span(), "a map shows p of one of two output states; " + net.name() + " has "
                    + net.output().space().size());
        }
        return in.mode() == Interpreter.Mode.CHECK ? null : ProbabilityMap.of(net, table, ProbabilityMap.DEFAULT_CELLS);
    }

    /** Writes the diagram; the report says where, or null in check mode. */
    static Report draw(Statement.Draw s, Interpreter in, Failure fail) throws NnError {
        Net net = in.trained(s.net(), fail);
        Table table = s.table() == null ? null : in.table(s.table(), fail);
        if (table != null) Interpreter.checkFits(net, table, s.table(), fail);
        String name = s.file().text();
        boolean png = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png");
        if (!png && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            throw fail.at(s.file().span(), "draw writes .svg or .png files, not '" + name + "'");
        }
        Path path = in.path(s.file(), fail);
        if (in.mode() == Interpreter.Mode.CHECK) return null;
        RelationsReport relations = table == null ? null : Relations.of(net, table, Interpreter.DEFAULT_EPS);
        byte[] bytes = png ? Diagrams.png(net, relations) : Diagrams.svg(net, relations).getBytes(StandardCharsets.UTF_8);
        try {
            FileAccess.writeAtomically(path, bytes);
        } catch (IOException e) {
            throw fail.at(s.file().span(), "cannot write " + name + ": " + e.getMessage());
        }
        return new WroteReport(name, bytes.length, png ? "png" : "svg");
    }
}
