package nnlang.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jline.reader.Candidate;

/** Completes file names relative to the current folder; folders end in / and keep completing. */
final class FileNames {
    private FileNames() {}

    static void complete(String word, List<Candidate> candidates) {
        int slash = word.lastIndexOf('/');
        String folderPart = slash < 0 ? "" : word.substring(0, slash + 1);
        Path folder = Path.of(folderPart.isEmpty() ? "." : folderPart);
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> entries = Files.list(folder)) {
            entries.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                boolean dir = Files.isDirectory(p);
                String value = folderPart + name + (dir ? "/" : "");
                candidates.add(new Candidate(value, name + (dir ? "/" : ""), null, null, null, null, !dir));
            });
        } catch (IOException e) {
            // an unreadable folder offers nothing to complete
        }
    }
}
