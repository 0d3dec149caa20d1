package nnlang.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * nnlang's version, written once in pom.xml: the jar's manifest carries it
 * (Implementation-Version), and a resource that Maven fills in carries it for code that runs from
 * the class folders (the tests).
 */
public final class Version {
    private Version() {}

    /** The version, such as {@code 0.2.0}; "unknown" only if the build left both out. */
    public static String get() {
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        if (fromManifest != null) return fromManifest;
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
