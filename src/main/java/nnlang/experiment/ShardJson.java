package nnlang.experiment;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import nnlang.report.TrialResult;
import nnlang.train.StopReason;

/**
 * A shard file as JSON and back. Every number comes back as the same double (Java's shortest
 * round-tripping form); NaN and the infinities, which JSON has no number for, are the strings
 * "NaN", "Infinity" and "-Infinity".
 */
public final class ShardJson {
    /** The format's version, so that a later nnlang refuses a file it would misread. */
    static final int FORMAT = 1;

    private ShardJson() {}

    /** A shard file that is not one; the message says what is wrong in it. */
    public static final class Unreadable extends Exception {
        Unreadable(String message) { super(message); }
    }

    public static String write(ShardFile f) {
        JsonObject o = new JsonObject();
        o.addProperty("nnlang_shard", FORMAT);
        o.addProperty("script", f.script());
        o.addProperty("script_sha256", f.scriptSha256());
        o.addProperty("shard", f.shard());
        o.addProperty("shards", f.shards());
        JsonArray experiments = new JsonArray();
        for (ShardFile.Experiment e : f.experiments()) {
            JsonObject x = new JsonObject();
            x.addProperty("fingerprint", e.fingerprint());
            x.addProperty("tasks", e.tasks());
            JsonArray results = new JsonArray();
            e.results().forEach((task, cell) -> {
                JsonObject r = new JsonObject();
                r.addProperty("task", task);
                JsonArray instances = new JsonArray();
                for (TrialResult t : cell) instances.add(trial(t));
                r.add("instances", instances);
                results.add(r);
            });
            x.add("results", results);
            experiments.add(x);
        }
        o.add("experiments", experiments);
        return o + "\n";
    }

    private static JsonObject trial(TrialResult t) {
        JsonObject o = new JsonObject();
        o.addProperty("index", t.index());
        o.addProperty("seed", t.seed());
        JsonArray rows = new JsonArray();
        for (String x : t.rows()) rows.add(x);
        o.add("rows", rows);
        JsonArray outcomes = new JsonArray();
        for (TrialResult.Outcome u : t.outcomes()) {
            JsonObject x = new JsonObject();
            x.addProperty("epochs", u.epochs());
            x.addProperty("reason", u.reason().name());
            x.add("train_accuracy", number(u.trainAccuracy()));
            x.add("train_entropy", number(u.trainEntropy()));
            x.add("heldout_accuracy", number(u.heldoutAccuracy()));
            x.add("heldout_entropy", number(u.heldoutEntropy()));
            x.add("accuracy", number(u.accuracy()));
            x.add("entropy", number(u.entropy()));
            x.addProperty("idle", u.idle());
            x.add("heldout_ce", number(u.heldoutCe()));
            JsonArray p = new JsonArray();
            for (int v : u.predictions()) p.add(v);
            x.add("predictions", p);
            outcomes.add(x);
        }
        o.add("outcomes", outcomes);
        return o;
    }

    private static JsonPrimitive number(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(v) : new JsonPrimitive(Double.toString(v));
    }

    /** Reads a shard file's text. */
    public static ShardFile read(String text) throws Unreadable {
        try {
            JsonObject o = JsonParser.parseString(text).getAsJsonObject();
            if (!o.has("nnlang_shard")) throw new Unreadable("not a shard file of nnlang (no \"nnlang_shard\" key)");
            if (o.get("nnlang_shard").getAsInt() != FORMAT) {
                throw new Unreadable("a shard file of format " + o.get("nnlang_shard") + "; this nnlang reads format " + FORMAT);
            }
            List<ShardFile.Experiment> experiments = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("experiments")) {
                JsonObject x = e.getAsJsonObject();
                TreeMap<Integer, TrialResult[]> results = new TreeMap<>();
                for (JsonElement r : x.getAsJsonArray("results")) {
                    JsonArray instances = r.getAsJsonObject().getAsJsonArray("instances");
                    TrialResult[] cell = new TrialResult[instances.size()];
                    for (int i = 0; i < cell.length; i++) cell[i] = trial(instances.get(i).getAsJsonObject());
                    results.put(r.getAsJsonObject().get("task").getAsInt(), cell);
                }
                experiments.add(new ShardFile.Experiment(x.get("fingerprint").getAsString(), x.get("tasks").getAsInt(),
                        results));
            }
            int shard = o.get("shard").getAsInt(), shards = o.get("shards").getAsInt();
            if (shards < 1 || shard < 0 || shard >= shards) throw new Unreadable("shard " + shard + "/" + shards + " is no shard");
            return new ShardFile(o.get("script").getAsString(), o.get("script_sha256").getAsString(), shard, shards,
                    experiments);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException
                 | ClassCastException | IndexOutOfBoundsException
                 | IllegalArgumentException e) {
            // gson's own words name a token and a line; say which kind of file this should have been
            throw new Unreadable("not a shard file nnlang wrote (" + e.getMessage() + ")");
        }
    }

    private static TrialResult trial(JsonObject o) {
        List<String> rows = new ArrayList<>();
        for (JsonElement x : o.getAsJsonArray("rows")) rows.add(x.getAsString());
        List<TrialResult.Outcome> outcomes = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("outcomes")) {
            JsonObject x = e.getAsJsonObject();
            JsonArray p = x.getAsJsonArray("predictions");
            int[] predictions = new int[p.size()];
            for (int i = 0; i < predictions.length; i++) predictions[i] = p.get(i).getAsInt();
            outcomes.add(new TrialResult.Outcome(x.get("epochs").getAsInt(), StopReason.valueOf(x.get("reason").getAsString()),
                    number(x, "train_accuracy"), number(x, "train_entropy"), number(x, "heldout_accuracy"),
                    number(x, "heldout_entropy"), number(x, "accuracy"), number(x, "entropy"), x.get("idle").getAsInt(),
                    number(x, "heldout_ce"), predictions));
        }
        return new TrialResult(o.get("index").getAsInt(), o.get("seed").getAsLong(), rows, outcomes);
    }

    private static double number(JsonObject o, String key) {
        JsonPrimitive p = o.getAsJsonPrimitive(key);
        return p.isString() ? Double.parseDouble(p.getAsString()) : p.getAsDouble();
    }
}
