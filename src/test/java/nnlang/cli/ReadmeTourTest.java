package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The tour README shows is scripts/tour.nn, which CI runs: what README shows is what runs. */
class ReadmeTourTest {
    @Test void theTourInTheReadmeIsScriptsTourNn() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## A short tour");
        int open = readme.indexOf("```\n", section) + 4;
        int close = readme.indexOf("```\n", open);
        assertEquals(Files.readString(Path.of("scripts/tour.nn")), readme.substring(open, close));
    }
}
