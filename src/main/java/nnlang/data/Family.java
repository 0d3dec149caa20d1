package nnlang.data;

import java.util.List;

/**
 * A family of relations over one input space: the instances a {@code compare} or {@code curve}
 * runs every trial on (for example 20 random trees of gates over 8 bits, or all 256 functions of
 * 3 bits). A trial's rows are drawn by index, so every instance must list the same inputs in the
 * same order and share one output space; the constructor checks it.
 *
 * @param name      the family's name in the script
 * @param built     how the instances were made, one line (e.g. {@code tree(8) instances 20 seed 1})
 * @param instances the relations, in a fixed order (instance i is the same on every run)
 */
public record Family(String name, String built, List<Table> instances) {
    public Family {
        instances = List.copyOf(instances);
        if (instances.isEmpty()) throw new IllegalArgumentException("a family needs at least one instance");
        Table first = instances.get(0);
        for (Table t : instances) {
            if (!t.inputs().equals(first.inputs()))
                throw new IllegalArgumentException("instance " + t.name() + " has other inputs than " + first.name());
            if (!t.outputs().equals(first.outputs()))
                throw new IllegalArgumentException("instance " + t.name() + " has other outputs than " + first.name());
        }
    }

    /** The input space every instance shares. */
    public Space inputs() { return instances.get(0).inputs(); }

    /** The output space every instance shares. */
    public Space outputs() { return instances.get(0).outputs(); }

    /** How many instances. */
    public int size() { return instances.size(); }
}
