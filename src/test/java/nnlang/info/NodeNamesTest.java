package nnlang.info;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nnlang.data.CodingException;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.model.Activation;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.model.NodeNames;
import org.junit.jupiter.api.Test;

/** Hidden node names as the language writes them: h2 in a net with one hidden layer, h2_1 in deeper ones. */
class NodeNamesTest {
    private static Net net(LayerSpec... hidden) throws CodingException {
        return HiddenLayersTest.net(HiddenLayersTest.XOR, InputEncoding.BITS, OutputKind.SIGMOID, hidden);
    }

    @Test void oneHiddenLayer() throws CodingException {
        Net net = net(new LayerSpec(3, Activation.SIGMOID));
        assertEquals(List.of("h1", "h2", "h3"), NodeNames.all(net));
        for (int j = 0; j < 3; j++) assertArrayEquals(new int[] {0, j}, NodeNames.parse(net, NodeNames.name(net, 0, j)));
        // the long form means the same node
        assertArrayEquals(new int[] {0, 1}, NodeNames.parse(net, "h1_2"));
        for (String bad : new String[] {"h0", "h4", "h2_1", "h1_4", "h", "H1", "h01", "x1", "h1_", "h-1", "",
                "h99999999999", " h1"}) {
            assertNull(NodeNames.parse(net, bad), bad);
        }
        assertNull(NodeNames.parse(net, null));
    }

    @Test void threeHiddenLayers() throws CodingException {
        Net net = net(new LayerSpec(2, Activation.TANH), new LayerSpec(3, Activation.RELU),
                new LayerSpec(1, Activation.SIGMOID));
        assertEquals(List.of("h1_1", "h1_2", "h2_1", "h2_2", "h2_3", "h3_1"), NodeNames.all(net));
        for (int l = 0; l < 3; l++) {
            for (int j = 0; j < net.layer(l).nodes(); j++) {
                assertArrayEquals(new int[] {l, j}, NodeNames.parse(net, NodeNames.name(net, l, j)));
            }
        }
        for (String bad : new String[] {"h1", "h2", "h4_1", "h3_2", "h1_3", "h0_1", "h1_0", "h2_01"}) {
            assertNull(NodeNames.parse(net, bad), bad);
        }
    }

    @Test void aNetWithoutHiddenLayersHasNoNodes() throws CodingException {
        Net net = net();
        assertEquals(List.of(), NodeNames.all(net));
        assertNull(NodeNames.parse(net, "h1"));
        assertNull(NodeNames.parse(net, "h1_1"));
    }
}
