package nnlang.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** :edit's editor: a temporary NAME.nn opened in an external editor, read back when it exits. */
final class Editor {
    private Editor() {}

    /**
     * The text after the editor (a command line such as "vim" or "code --wait") has run on a file
     * holding {@code text}; null when the editor fails. Between prompts the REPL reads no keys,
     * so every key goes to the editor.
     */
    static String edit(String editor, String name, String text) throws IOException {
        Path dir = Files.createTempDirectory("nn-edit");
        Path file = dir.resolve(name + ".nn");
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(editor.strip().split("\\s+")));
            command.add(file.toString());
            try {
                Process p = new ProcessBuilder(command).inheritIO().start();
                if (p.waitFor() != 0) return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
