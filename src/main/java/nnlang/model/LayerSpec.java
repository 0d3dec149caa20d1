package nnlang.model;

/** A dense layer as written: its size (null: taken from the table, output layers only) and activation. */
public record LayerSpec(Integer size, Activation activation) {
    @Override public String toString() { return (size == null ? "" : size + " ") + activation.word(); }
}
