package nnlang.report;

/** The one-line text form of a train report. */
final class TrainText {
    private TrainText() {}

    /**
     * One line, e.g. "trained two on xor: 5000 epochs (epochs done), loss 0.0123, H(Y|X) 0.0456 bits,
     * floor 0, accuracy 4/4, 0.12 s"; a divergence names the epoch that diverged (the one after the
     * last kept update). Entropy, floor and accuracy are those of the relations report {@code after}.
     */
    static String render(TrainReport r) {
        StringBuilder out = new StringBuilder("trained ").append(r.net()).append(" on ").append(r.table()).append(": ");
        switch (r.reason()) {
            case EPOCHS -> out.append(r.epochs()).append(" epochs");
            case DIVERGED -> out.append("diverged at epoch ").append(r.epochs() + 1).append("; try a smaller lr;");
            default -> out.append(r.epochs()).append(" of ").append(r.epochsAsked()).append(" epochs");
        }
        if (r.reason() != nnlang.train.StopReason.DIVERGED) out.append(" (").append(r.reason().words()).append("),");
        RelationsReport a = r.after();
        out.append(" loss ").append(Fmt.f4(r.loss())).append(", H(Y|X) ").append(Fmt.f4(a.entropy()))
                .append(" bits, floor ").append(Fmt.bits(a.floor())).append(", accuracy ").append(a.correct())
                .append('/').append(a.rows().size());
        if (a.ties() > 0) out.append(" (").append(Fmt.plural(a.ties(), "tie")).append(')');
        if (r.nanos() >= 0) out.append(", ").append(Fmt.seconds(r.nanos()));
        if (r.advice() != null) out.append("\nadvice: ").append(r.advice());
        return out.toString();
    }

}
