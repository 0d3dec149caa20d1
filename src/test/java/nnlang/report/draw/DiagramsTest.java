package nnlang.report.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.info.Relations;
import nnlang.model.Activation;
import nnlang.model.Layer;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.model.NetSpec;
import nnlang.report.RelationsReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The SVG is valid XML with one element per node, weight and relation; SVG and PNG are deterministic. */
class DiagramsTest {
    private static final Table XOR = Generators.generate("xor", "xor", 2);

    static Net net(String name, InputEncoding in, OutputKind out, Table t, LayerSpec... hidden) throws Exception {
        return NetBuilder.build(name, new NetSpec(in, null, List.of(hidden), out, null), t.inputs(), t.outputs());
    }

    /** h1 ~ OR, h2 ~ NAND, y ~ AND of them: determined except 11, whose p(0) is 0.9888. */
    static Net two() throws Exception {
        Net two = net("two", InputEncoding.BITS, OutputKind.SIGMOID, XOR, new LayerSpec(2, Activation.SIGMOID));
        set(two.layer(0), new double[] {7, -6, 7, -6}, new double[] {-3.5, 9});
        set(two.layer(1), new double[] {11, 11}, new double[] {-16});
        return two;
    }

    /** Weights from a fixed sequence of both signs. */
    static Net filled(Net net) {
        int k = 0;
        for (Layer l : net.layers()) {
            for (int i = 0; i < l.W.data.length; i++) l.W.data[i] = Math.sin(++k) * 4;
            for (int i = 0; i < l.b.data.length; i++) l.b.data[i] = Math.cos(++k);
        }
        return net;
    }

    private static void set(Layer l, double[] w, double[] b) {
        System.arraycopy(w, 0, l.W.data, 0, w.length);
        System.arraycopy(b, 0, l.b.data, 0, b.length);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** The elements whose class attribute has the given word. */
    private static List<Element> withClass(Document d, String word) {
        List<Element> found = new ArrayList<>();
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (Arrays.asList(e.getAttribute("class").split(" ")).contains(word)) found.add(e);
        }
        return found;
    }

    private static int weights(Net net) {
        int n = 0;
        for (Layer l : net.layers()) n += l.W.getNumElements();
        return n;
    }

    @Test void networkOnly() throws Exception {
        Net two = two();
        Document d = parse(Diagrams.svg(two, null));
        assertEquals("svg", d.getDocumentElement().getTagName());
        assertEquals(2 + 2 + 1, withClass(d, "node").size());
        assertEquals(6, withClass(d, "weight").size());
        assertEquals(2, withClass(d, "negative").size());
        assertEquals(0, withClass(d, "relation").size());
        assertEquals("net two", withClass(d, "title").get(0).getTextContent());
    }

    @Test void networkAndRelations() throws Exception {
        Net two = two();
        RelationsReport r = Relations.of(two, XOR);
        Document d = parse(Diagrams.svg(two, r));
        assertEquals(5, withClass(d, "node").size());
        assertEquals(6, withClass(d, "weight").size());
        assertEquals(4 * 2, withClass(d, "relation").size());
        assertEquals(2, withClass(d, "undetermined").size());
        assertEquals(4, withClass(d, "target").stream().filter(e -> e.getAttribute("class").contains("relation")).count());
        assertEquals("two on xor: H(Y|X) 0.07 bits, accuracy 4/4", withClass(d, "title").get(0).getTextContent());
        assertEquals(4 + 2, withClass(d, "state").stream().filter(e -> e.getTagName().equals("circle")).count());
        for (Element e : withClass(d, "undetermined")) assertTrue(e.hasAttribute("stroke-dasharray"));
    }

    @Test void countsForADeeperNetOnANonFunction() throws Exception {
        Table pets = Table.of("pets", List.of(new Row("dog", List.of("bark")), new Row("cat", List.of("meow")),
                new Row("cow", List.of("moo", "bark"))));
        Net pet = filled(net("pet", InputEncoding.ONEHOT, OutputKind.SOFTMAX, pets, new LayerSpec(4, Activation.TANH),
                new LayerSpec(2, Activation.RELU)));
        Document d = parse(Diagrams.svg(pet, Relations.of(pet, pets)));
        assertEquals(3 + 4 + 2 + 3, withClass(d, "node").size());
        assertEquals(weights(pet), withClass(d, "weight").size());
        assertEquals(3 * 3, withClass(d, "relation").size());
    }

    @Test void stateNamesAreEscaped() throws Exception {
        Table odd = Table.of("odd", List.of(new Row("<a&b>", List.of("\"yes\"")), new Row("it's", List.of("no\u0001"))));
        Net n = filled(net("odd", InputEncoding.ONEHOT, OutputKind.SIGMOID, odd));
        String svg = Diagrams.svg(n, Relations.of(n, odd));
        Document d = parse(svg);
        List<String> states = withClass(d, "state").stream().filter(e -> e.getTagName().equals("text"))
                .map(Element::getTextContent).toList();
        assertEquals(List.of("<a&b>", "it's", "\"yes\"", "no\uFFFD"), states);
        assertEquals(2, withClass(d, "label").stream().filter(e -> e.getTextContent().equals("<a&b>")
                || e.getTextContent().equals("it's")).count());
    }

    @Test void sameInputSameBytes() throws Exception {
        Net two = two();
        RelationsReport r = Relations.of(two, XOR);
        assertEquals(Diagrams.svg(two, r), Diagrams.svg(two(), Relations.of(two(), XOR)));
        byte[] png = Diagrams.png(two, r);
        assertArrayEquals(png, Diagrams.png(two(), Relations.of(two(), XOR)));
        assertArrayEquals(Diagrams.png(two, null), Diagrams.png(two, null));
    }

    @Test void pngIsTheSvgPictureAtTwiceItsSize() throws Exception {
        Net two = two();
        RelationsReport r = Relations.of(two, XOR);
        Element svg = parse(Diagrams.svg(two, r)).getDocumentElement();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Diagrams.png(two, r)));
        assertEquals(2 * Integer.parseInt(svg.getAttribute("width")), image.getWidth());
        assertEquals(2 * Integer.parseInt(svg.getAttribute("height")), image.getHeight());
        assertEquals(0xFFFFFF, image.getRGB(1, 1) & 0xFFFFFF);
    }

    @Test void tooLargeToDraw() throws Exception {
        Table wide = Generators.generate("wide", "parity", 6);
        Net n = net("n", InputEncoding.BITS, OutputKind.SIGMOID, wide, new LayerSpec(41, Activation.TANH));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Diagrams.svg(n, null));
        assertEquals("net n has a layer of 41 nodes; diagrams draw at most 40 per layer", e.getMessage());
        Net m = net("m", InputEncoding.BITS, OutputKind.SIGMOID, wide);
        e = assertThrows(IllegalArgumentException.class, () -> Diagrams.png(m, Relations.of(m, wide)));
        assertEquals("relations of m on wide have 64 states on one side; diagrams draw at most 32", e.getMessage());
    }
}
