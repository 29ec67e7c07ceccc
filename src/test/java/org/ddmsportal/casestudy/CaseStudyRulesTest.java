package org.ddmsportal.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.application.casestudy.AttachmentRules;
import org.ddmsportal.application.casestudy.SubmissionDiff;
import org.ddmsportal.application.search.Highlighter;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.Section;
import org.junit.jupiter.api.Test;

/** The pure rules of case studies: diffs between versions, search terms and snippets, attachment kinds. */
class CaseStudyRulesTest {

    private static CaseStudyContent content(String title, String results) {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        texts.put(Section.SUMMARY, "Same summary.");
        texts.put(Section.RESULTS, results);
        return new CaseStudyContent(title, texts);
    }

    @Test
    void theDiffMarksChangedWordsAndEscapesEverythingElse() {
        var diff = SubmissionDiff.between(content("Title", "Forecasts for <b>12</b> municipalities."),
                content("Title", "Forecasts for <b>17</b> municipalities.\nNew line."));
        SubmissionDiff.SectionDiff results = diff.stream().filter(d -> d.section() == Section.RESULTS).findFirst().orElseThrow();
        assertTrue(results.changed());
        String html = String.join("\n", results.lines().stream().map(SubmissionDiff.Line::html).toList());
        assertTrue(html.contains("<del>"), html);
        assertTrue(html.contains("<ins>"), html);
        assertTrue(html.contains("&lt;b&gt;"), "the author's markup is escaped: " + html);
        assertFalse(html.replace("<del>", "").replace("</del>", "").replace("<ins>", "").replace("</ins>", "")
                .contains("<"), "only del and ins are markup: " + html);
        assertFalse(diff.stream().filter(d -> d.section() == Section.SUMMARY).findFirst().orElseThrow().changed());
        assertFalse(diff.get(0).changed(), "the title did not change");
    }

    @Test
    void searchTermsArePrefixesOfThreeLettersOrMoreAndSnippetsMarkThemSafely() {
        assertEquals(List.of("mobility", "данные"), Highlighter.terms("a mobility ok данные +-*\"'"));
        assertEquals(List.of("lessons", "cities"), Highlighter.terms("Lessons for the cities"),
                "InnoDB's stop words are no terms: +for* matches next to nothing");
        assertTrue(Highlighter.onlyStopWords("WHO: the"));
        assertFalse(Highlighter.onlyStopWords("the WHO water"));
        assertFalse(Highlighter.onlyStopWords("EU"), "too short to be a word of the index, as before");
        assertEquals("+mobility* +stall*", Highlighter.booleanQuery(List.of("mobility", "stall")));
        assertNull(Highlighter.booleanQuery(List.of()));
        String snippet = Highlighter.snippet("Data **stalled** in <script>x</script> phase 3 < 4 & \"so\"; stalling again.",
                List.of("stall"), 200);
        assertEquals("Data <mark>stalled</mark> in x phase 3 &lt; 4 &amp; &quot;so&quot;; <mark>stalling</mark> again.", snippet,
                "tags dropped, the rest escaped, matches marked");
        assertEquals("Read the guide", Highlighter.plain("Read [the guide](https://example.org)"));
    }

    @Test
    void attachmentsAreRecognisedByTheirBytesAndTheirNameMustAgree() {
        byte[] pdf = "%PDF-1.7 ...".getBytes();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        assertEquals(Optional.of("application/pdf"), AttachmentRules.contentType("report.PDF", pdf));
        assertEquals(Optional.of("image/png"), AttachmentRules.contentType("map.png", png));
        assertEquals(Optional.of("image/jpeg"), AttachmentRules.contentType("photo.jpeg", jpeg));
        assertEquals(Optional.empty(), AttachmentRules.contentType("report.pdf", "<html>".getBytes()), "not a PDF inside");
        assertEquals(Optional.empty(), AttachmentRules.contentType("report.exe", pdf), "a PDF with another name");
        assertEquals(Optional.empty(), AttachmentRules.contentType("x.svg", "<svg onload=alert(1)>".getBytes()));
        assertEquals("evidence.pdf", AttachmentRules.safeName("C:\\Users\\ana\\evidence.pdf"));
        assertEquals("a.pdf", AttachmentRules.safeName("../../a.pdf"));
        assertEquals("attachment", AttachmentRules.safeName(""));
        assertEquals("Izveštaj fdp.exe.pdf", AttachmentRules.safeName("Izveštaj \u202Efdp.exe\u200B\u0085.pdf"));
    }
}
