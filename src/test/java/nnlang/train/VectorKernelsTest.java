package nnlang.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Vector API kernels give the same bits as the scalar ones. The tests' own JVM runs without
 * the incubator module (so that the build prints no notice of it, and the suite runs the scalar
 * kernels); this one test starts a JVM with it.
 */
class VectorKernelsTest {
    @Test void vectorKernelsAgreeWithScalarKernelsBitForBit() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC",
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                KernelsAgreement.class.getName())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        assertEquals("vector kernels agree bit for bit on 1888 shapes, 3 passes; 704 missing weights of a grouped net stay 0; 4103 points of exp, sigmoid and tanh agree",
                out);
    }
}
