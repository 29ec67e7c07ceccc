package org.ddmsportal.data;

import java.net.URL;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;

/**
 * The official DCAT-AP 3.0.1 SHACL shapes, kept on the test class path
 * ({@code src/test/resources/standards/dcat-ap-3.0.1}, source and licence in its README), and
 * validation against them.
 */
public final class DcatShapes {

    private static Shapes shapes;

    private DcatShapes() {
    }

    public static synchronized Shapes get() {
        if (shapes == null) {
            URL file = DcatShapes.class.getResource("/standards/dcat-ap-3.0.1/dcat-ap-SHACL.ttl");
            if (file == null) {
                throw new IllegalStateException("standards/dcat-ap-3.0.1/dcat-ap-SHACL.ttl is not on the test class path");
            }
            Graph graph = RDFDataMgr.loadGraph(file.toString());
            // The official 3.0.1 file names one property shape it never defines
            // (dcat:DataServiceShape/eb3ac4e4…, SEMICeu/DCAT-AP issue #448, open); Jena refuses to
            // parse such a file. A reference to a shape that does not exist constrains nothing: drop it.
            Node property = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
            List<Triple> dangling = graph.find(Node.ANY, property, Node.ANY)
                    .filterKeep(t -> !graph.find(t.getObject(), Node.ANY, Node.ANY).hasNext()).toList();
            dangling.forEach(graph::delete);
            shapes = Shapes.parse(graph);
        }
        return shapes;
    }

    private static Shapes recommended;

    /** DCAT-AP 3.0.1's recommended properties ({@code shapes_recommended.ttl}: every result is a warning). */
    public static synchronized Shapes recommended() {
        if (recommended == null) {
            URL file = DcatShapes.class.getResource("/standards/dcat-ap-3.0.1/shapes_recommended.ttl");
            if (file == null) {
                throw new IllegalStateException("standards/dcat-ap-3.0.1/shapes_recommended.ttl is not on the test class path");
            }
            recommended = Shapes.parse(RDFDataMgr.loadGraph(file.toString()));
        }
        return recommended;
    }

    /** The recommended shapes' warnings, each as "focus node  path  message". */
    public static List<String> warnings(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(recommended(), data);
        return report.getEntries().stream()
                .map(e -> e.focusNode() + "  " + e.resultPath() + "  " + e.message()).toList();
    }

    /** The report's violations (printed when there are any); 0 when the graph conforms. */
    public static int violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(get(), data);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        return report.conforms() ? 0 : report.getEntries().size();
    }
}
