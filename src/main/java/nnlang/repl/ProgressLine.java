package nnlang.repl;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import nnlang.train.Progress;
import nnlang.train.TrainListener;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The live bar of a training that runs longer than a second: epoch, epochs/s, time left, loss
 * and H(Y|X), redrawn in place on one terminal line by me.tongfei:progressbar. Fed by the
 * interpreter's progress events on the training thread; the library redraws on its own thread,
 * so every write to the terminal holds the writer's lock.
 */
final class ProgressLine implements TrainListener {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final Terminal terminal;
    private final boolean enabled;
    private final boolean unicode;
    private ProgressBar bar;
    /** The last sample of a training: what a narrow terminal's line shows. */
    private volatile Progress last;
    /** Below this width the library's line would lose loss and H(Y|X): the bar is drawn short instead. */
    static final int WIDE = 100;

    ProgressLine(Terminal terminal, boolean enabled) {
        this.terminal = terminal;
        this.enabled = enabled && terminal.getStringCapability(Capability.carriage_return) != null;
        this.unicode = terminal.encoding().name().startsWith("UTF");
    }

    @Override public void sample(Progress p) {
        if (!enabled) return;
        if (bar == null) {
            if (p.elapsedNanos() < SHOW_AFTER_NANOS || p.epoch() >= p.epochs()) return;
            // "epoch  3% |██   | 3000000/100000000 (0:00:04 / 0:02:18) 866667/s  loss 0.3466  H(Y|X) 0.5000"
            bar = new ProgressBarBuilder().setTaskName("epoch").setInitialMax(p.epochs())
                    .setStyle(unicode ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(100).showSpeed(new DecimalFormat("0")).setSpeedUnit(ChronoUnit.SECONDS)
                    .startsFrom(p.epoch(), Duration.ofNanos(p.elapsedNanos())).clearDisplayOnFinish()
                    .setConsumer(new Line()).build();
        }
        last = p;
        bar.stepTo(p.epoch());
        bar.setExtraMessage(String.format(Locale.ROOT, " loss %.4f  H(Y|X) %.4f", p.loss(), p.entropy()));
    }

    /** A long comparison: a bar of trials done. */
    @Override public void trialsDone(int done, int total, long elapsedNanos) {
        if (!enabled) return;
        if (bar == null) {
            if (elapsedNanos < SHOW_AFTER_NANOS || done >= total) return;
            bar = new ProgressBarBuilder().setTaskName("trials").setInitialMax(total)
                    .setStyle(unicode ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(100).showSpeed(new DecimalFormat("0.0")).setSpeedUnit(ChronoUnit.SECONDS)
                    .startsFrom(done, Duration.ofNanos(elapsedNanos)).clearDisplayOnFinish()
                    .setConsumer(new Line()).build();
        }
        last = null;
        bar.stepTo(done);
    }

    /** Empties the bar's line so that a report can be printed there; the bar redraws below it. */
    void clearLine() {
        if (bar != null) new Line().clear();
    }

    /** Takes the bar off the screen; the training's summary line follows. */
    void finish() {
        if (bar == null) return;
        bar.close();
        bar = null;
        last = null;
    }

    /**
     * A training's line for a narrow terminal, e.g. "50% 15.0M/30.0M 0:02 left  loss 0.3466
     * H 0.5000", cut to fit; null when there is no training sample.
     */
    static String narrow(Progress p, int width) {
        if (p == null) return null;
        long left = p.epoch() <= 0 ? -1 : (long) ((double) p.elapsedNanos() / p.epoch() * (p.epochs() - p.epoch()) / 1e9);
        String eta = left < 0 ? "" : String.format(Locale.ROOT, " %d:%02d left", left / 60, left % 60);
        String s = String.format(Locale.ROOT, "%d%% %s/%s%s  loss %.4f  H %.4f",
                (int) (100L * p.epoch() / Math.max(1, p.epochs())), count(p.epoch()), count(p.epochs()), eta, p.loss(),
                p.entropy());
        return s.length() <= width ? s : s.substring(0, Math.max(0, width));
    }

    /** 950, 12.5k, 30.0M. */
    static String count(long n) {
        if (n >= 1_000_000) return String.format(Locale.ROOT, "%.1fM", n / 1e6);
        if (n >= 10_000) return String.format(Locale.ROOT, "%.1fk", n / 1e3);
        return Long.toString(n);
    }

    /** Draws the bar in place: carriage return, the bar, clear to the end of the line. */
    private final class Line implements ProgressBarConsumer {
        @Override public int getMaxRenderedLength() {
            // room is left for the ^C that the terminal echoes when a person stops the training
            int width = terminal.getSize().getColumns();
            return width > 20 ? width - 4 : 76;
        }

        @Override public void accept(String rendered) {
            int width = terminal.getSize().getColumns();
            String shown = width > 20 && width < WIDE ? narrow(last, width - 4) : null;
            if (shown != null) rendered = shown;
            PrintWriter w = terminal.writer();
            synchronized (w) {
                w.print('\r');
                w.print(rendered);
                terminal.puts(Capability.clr_eol);
                w.flush();
            }
        }

        @Override public void clear() {
            PrintWriter w = terminal.writer();
            synchronized (w) {
                w.print('\r');
                terminal.puts(Capability.clr_eol);
                w.flush();
            }
        }

        @Override public void close() { }
    }
}
