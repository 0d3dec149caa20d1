package nnlang.report;

/**
 * What a statement answers: plain immutable data that never prints. {@link TextRenderer} turns a
 * report into lines for people, {@link JsonRenderer} into one JSON object for programs. The
 * interface is sealed and every renderer is a {@link Visitor}, so a new kind of report does not
 * compile until each renderer has a form for it.
 */
public sealed interface Report permits AblationReport, CompareReport, CurveReport, ExpectReport, HiddenReport, InfoReport,
        MapReport, NoteReport, PlotReport, PredictReport, PrintReport, ProgressReport, RelationsReport, ShowReport, TrainReport,
        WroteReport, FamilyReport, SideBySideReport, SpaceReport {
    /** The report's name in JSON ({@code "report": kind}): relations, show, predict, info, train, ... */
    String kind();

    /** The visitor's answer for this kind of report. */
    <R> R accept(Visitor<R> v);

    /** One method per kind of report, named after its {@link #kind()}. */
    interface Visitor<R> {
        R relations(RelationsReport r);

        R show(ShowReport r);

        R predict(PredictReport r);

        R info(InfoReport r);

        R train(TrainReport r);

        R expect(ExpectReport r);

        R print(PrintReport r);

        R note(NoteReport r);

        R wrote(WroteReport r);

        R progress(ProgressReport r);

        R plot(PlotReport r);

        R map(MapReport r);

        R hidden(HiddenReport r);

        R ablate(AblationReport r);

        R compare(CompareReport r);

        R family(FamilyReport r);
        R curve(CurveReport r);

        R sideBySide(SideBySideReport r);

        R space(SpaceReport r);
    }
}
