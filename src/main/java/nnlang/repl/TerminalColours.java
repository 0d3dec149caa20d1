package nnlang.repl;

import nnlang.report.Colours;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The colours the REPL's terminal shows, for the renderers that colour (maps): from its terminfo
 * entry (max_colors, as JLine reads it) and $COLORTERM, which terminals with 24-bit colour set.
 * Fewer than 256 colours, or no colour at all (NO_COLOR, a dumb terminal), is plain text.
 */
final class TerminalColours {
    private TerminalColours() {}

    static Colours of(Terminal terminal, boolean colour) {
        if (!colour || Terminal.TYPE_DUMB.equals(terminal.getType())) return Colours.NONE;
        return of(terminal.getNumericCapability(Capability.max_colors), System.getenv("COLORTERM"));
    }

    static Colours of(Integer maxColours, String colorTerm) {
        int n = maxColours == null ? 0 : maxColours;
        if (n >= 1 << 24 || n >= 256 && ("truecolor".equals(colorTerm) || "24bit".equals(colorTerm))) {
            return Colours.TRUE_COLOUR;
        }
        return n >= 256 ? Colours.XTERM_256 : Colours.NONE;
    }
}
