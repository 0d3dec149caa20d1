package nnlang.run;

import nnlang.data.Table;
import nnlang.model.Net;
import nnlang.model.NetSpec;
import nnlang.train.TrainResult;

/**
 * A net in a session: its written form, and once trained (or loaded) the bound net with weights,
 * the table it was last trained on, and that training's result.
 */
public record NetEntry(String name, NetSpec spec, Net net, Table trainedOn, TrainResult lastTraining, Film film) {
    /**
     * The net's weights at evenly spaced epochs of its last training in this session, for
     * {@code draw NET on TABLE to "f.gif"}; the last frame is the trained net.
     */
    public record Film(java.util.List<Net> frames, java.util.List<Integer> epochs, int total) {
        public Film {
            frames = java.util.List.copyOf(frames);
            epochs = java.util.List.copyOf(epochs);
        }
    }

    /** An entry with no film (loaded, edited by set, or not trained here). */
    public NetEntry(String name, NetSpec spec, Net net, Table trainedOn, TrainResult lastTraining) {
        this(name, spec, net, trainedOn, lastTraining, null);
    }

    public static NetEntry defined(String name, NetSpec spec) { return new NetEntry(name, spec, null, null, null); }

    public boolean hasWeights() { return net != null; }

    @Override public String toString() {
        if (!hasWeights()) return "net " + name + " = " + spec + " (not trained yet)";
        return trainedOn == null ? net + ", with weights (written or loaded, not trained here)"
                : net + ", trained on " + trainedOn.name();
    }
}
