package nnlang.lang;

import java.util.List;
import nnlang.lang.parse.NnLexer;
import nnlang.lang.parse.NnParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/** The facade from text to syntax tree: statements, or every syntax error of the text. */
public final class Parsing {
    private Parsing() {}

    /** Parses a whole source; throws with all its syntax errors, in order, if there are any. */
    public static List<Statement> parse(Source source) throws NnError {
        NnLexer lexer = new NnLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        NnParser parser = new NnParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        SyntaxErrorListener errors = new SyntaxErrorListener(source);
        parser.addErrorListener(errors);
        NnParser.ScriptContext tree = parser.script();
        if (!errors.diagnostics().isEmpty()) throw new NnError(errors.diagnostics());
        return new TreeBuilder(source).script(tree);
    }
}
