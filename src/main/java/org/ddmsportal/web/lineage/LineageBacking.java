package org.ddmsportal.web.lineage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.api.LineageLinks;
import org.ddmsportal.application.lineage.Lineage;
import org.ddmsportal.application.lineage.LineageService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.shared.ShortText;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/**
 * /app/lineage?kind=…&amp;id=…: the lineage of a record drawn as a diagram — one column per kind
 * (partnership → agreement → dataset → indicator → pilot → decision), each node a link — and
 * listed as text for screen readers. The same as JSON at /api/lineage/{kind}/{id}.
 */
@Named
@ViewScoped
public class LineageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int COLUMN = 196;
    static final int NODE_W = 172;
    static final int NODE_H = 44;
    static final int ROW = 60;
    static final int TOP = 40;

    @Inject
    LineageService service;

    @Inject
    CurrentActor currentActor;

    @Getter @Setter private String kind;
    @Getter @Setter private String idParam;
    @Getter private transient Lineage lineage;
    @Getter private transient List<Box> boxes;
    @Getter private transient List<Line> lines;
    @Getter private int height;

    /** A node placed in the diagram. */
    public record Box(Lineage.Node node, int x, int y, String href, String kindLabel, String text, boolean start) {
    }

    /** A link between two boxes. */
    public record Line(int x1, int y1, int x2, int y2) {
    }

    public void load() {
        Long id = Ids.parse(idParam);
        Lineage.Kind k;
        try {
            k = Lineage.Kind.valueOf(kind == null ? "" : kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            k = null;
        }
        if (id == null || k == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        try {
            lineage = service.walk(currentActor.get(), k, id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "not found");
            return;
        }
        layout();
    }

    private void layout() {
        Map<Lineage.Kind, Integer> rows = new EnumMap<>(Lineage.Kind.class);
        Map<String, Box> byKey = new HashMap<>();
        boxes = new ArrayList<>();
        String context = Faces.getRequestContextPath();
        for (Lineage.Node n : lineage.nodes()) {
            int row = rows.merge(n.kind(), 1, Integer::sum) - 1;
            int x = 10 + n.kind().ordinal() * COLUMN;
            int y = TOP + row * ROW;
            String text = n.readable() ? n.label() : Texts.get("lineage.restricted");
            text = ShortText.atWord(text, 22); // 27 ran past the box (172 px at 12 px type)
            Box box = new Box(n, x, y, n.readable() ? context + LineageLinks.href(n) : null,
                    Texts.get("Lineage." + n.kind().name()), text, n.equals(lineage.start()));
            boxes.add(box);
            byKey.put(n.key(), box);
        }
        int maxRows = rows.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        height = TOP + maxRows * ROW + 10;
        lines = new ArrayList<>();
        for (Lineage.Edge e : lineage.edges()) {
            Box a = byKey.get(e.from().key());
            Box b = byKey.get(e.to().key());
            if (a != null && b != null) {
                lines.add(new Line(a.x() + NODE_W, a.y() + NODE_H / 2, b.x(), b.y() + NODE_H / 2));
            }
        }
    }

    /** How many nodes a lineage shows at most (said when it is cut). */
    public int getMaxNodes() {
        return LineageService.MAX_NODES;
    }

    public int getWidth() {
        return 20 + Lineage.Kind.values().length * COLUMN;
    }

    public List<String> getColumns() {
        List<String> columns = new ArrayList<>();
        for (Lineage.Kind k : Lineage.Kind.values()) {
            columns.add(Texts.get("Lineage." + k.name()));
        }
        return columns;
    }
}
