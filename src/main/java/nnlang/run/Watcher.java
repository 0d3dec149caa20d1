package nnlang.run;

import nnlang.data.Table;
import nnlang.model.Net;
import nnlang.train.Progress;

/**
 * Watches the nets while they train, for live pictures (the web page of {@code nn serve}): the
 * training listener hears only numbers, this hears the net itself. Called on the training thread,
 * so the net holds the weights after {@code p.epoch()} epochs for as long as the call lasts; a
 * watcher that keeps a picture copies what it needs, and may pause the training by not returning.
 */
@FunctionalInterface
public interface Watcher {
    /** At every history sample of a training of {@code net} on {@code table} (about a thousand per training). */
    void sample(String net, Table table, Net weights, Progress p);

    Watcher NONE = (net, table, weights, p) -> { };
}
