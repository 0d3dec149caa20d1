package nnlang.experiment;

import java.util.concurrent.Callable;

/** Runs a piece of a test with the lanes off (-Dnnlang.lanes=false), then puts the switch back as it was. */
final class LanesSwitch {
    private LanesSwitch() {}

    static <T> T off(Callable<T> body) throws Exception {
        String old = System.getProperty("nnlang.lanes");
        System.setProperty("nnlang.lanes", "false");
        try {
            return body.call();
        } finally {
            if (old == null) System.clearProperty("nnlang.lanes");
            else System.setProperty("nnlang.lanes", old);
        }
    }
}
