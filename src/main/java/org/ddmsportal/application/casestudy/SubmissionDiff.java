package org.ddmsportal.application.casestudy;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ddmsportal.application.shared.Html;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.Section;

/**
 * What changed between two submissions, section by section and word by word, as HTML in which
 * the text is escaped and only {@code <del>} and {@code <ins>} are added (java-diff-utils).
 */
public final class SubmissionDiff {

    /** One section's lines; {@code html} holds the escaped text with del/ins marks. */
    public record Line(String tag, String html) {
    }

    public record SectionDiff(Section section, boolean changed, List<Line> lines) {
    }

    private SubmissionDiff() {
    }

    public static List<SectionDiff> between(CaseStudyContent older, CaseStudyContent newer) {
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .mergeOriginalRevised(true)
                .inlineDiffByWord(true)
                .lineNormalizer(Html::escape)
                .oldTag(start -> start ? "<del>" : "</del>")
                .newTag(start -> start ? "<ins>" : "</ins>")
                .build();
        List<SectionDiff> result = new ArrayList<>();
        result.add(section(generator, null, lines(older.getTitle()), lines(newer.getTitle())));
        for (Section s : Section.values()) {
            result.add(section(generator, s, lines(older.text(s)), lines(newer.text(s))));
        }
        return result;
    }

    private static SectionDiff section(DiffRowGenerator generator, Section s, List<String> a, List<String> b) {
        List<Line> lines = new ArrayList<>();
        boolean changed = false;
        for (DiffRow row : generator.generateDiffRows(a, b)) {
            changed |= row.getTag() != DiffRow.Tag.EQUAL;
            lines.add(new Line(row.getTag().name(), row.getOldLine()));
        }
        return new SectionDiff(s, changed, lines);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
