package org.ddmsportal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.ddmsportal.application.workflow.WorkflowComments;
import org.ddmsportal.domain.workflow.AutoComment;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.junit.jupiter.api.Test;

/** Automatic lifecycle comments read in each language; in English exactly as they were written before. */
class WorkflowCommentsTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static WorkflowEvent event(AutoComment comment) {
        return new WorkflowEvent("agreement", 1L, "expire", "ACTIVE", "EXPIRED", comment,
                WorkflowComments.text(comment, Locale.ENGLISH), "system", Instant.EPOCH);
    }

    @Test
    void theEnglishTextIsTheOneStoredBeforeKeys() {
        assertEquals("All parties have approved or signed.",
                WorkflowComments.text(AutoComment.of("lifecycle.auto.agreement.complete"), Locale.ENGLISH));
        assertEquals("The agreement is signed and its effective date has come.",
                WorkflowComments.text(AutoComment.of("lifecycle.auto.agreement.activateOnSigning"), Locale.ENGLISH));
        assertEquals("Effective date 2026-03-01 reached.", WorkflowComments.text(
                AutoComment.of("lifecycle.auto.agreement.activateOnDate", java.time.LocalDate.of(2026, 3, 1)),
                Locale.ENGLISH));
        assertEquals("Expiry date 2026-03-01 passed.", WorkflowComments.text(
                AutoComment.of("lifecycle.auto.agreement.expire", "2026-03-01"), Locale.ENGLISH));
        assertEquals("City of Niš: the terms changed", WorkflowComments.text(
                AutoComment.of("lifecycle.auto.agreement.decline", "City of Niš", "the terms changed"), Locale.ENGLISH));
        assertEquals("Cleared by every partner whose agreement requires it",
                WorkflowComments.text(AutoComment.of("lifecycle.auto.caseStudy.release"), Locale.ENGLISH));
    }

    @Test
    void readersSeeTheCommentInTheirLanguage() {
        WorkflowEvent e = event(AutoComment.of("lifecycle.auto.agreement.expire", "2026-03-01"));
        assertEquals("Expiry date 2026-03-01 passed.", e.getComment(), "the English text is kept with the key");
        assertEquals("Date d’expiration 2026-03-01 dépassée.", WorkflowComments.text(e, FR));
        assertEquals("Срок действия истёк 2026-03-01.", WorkflowComments.text(e, RU));
        assertEquals("L’accord est signé et sa date d’entrée en vigueur est arrivée.",
                WorkflowComments.text(event(AutoComment.of("lifecycle.auto.agreement.activateOnSigning")), FR));
    }

    @Test
    void argumentsKeepQuotesBracesAndEmptyValues() {
        WorkflowEvent e = event(AutoComment.of("lifecycle.auto.agreement.decline", "O'Brien {Ltd}", ""));
        assertEquals("O'Brien {Ltd}\u00a0: ", WorkflowComments.text(e, FR), "French: a no-break space before the colon");
        assertEquals(java.util.List.of("O'Brien {Ltd}", ""), e.getAutoComment().orElseThrow().arguments());
    }

    /** A reason pasted with control characters (the stored arguments' separator among them) is kept, as spaces. */
    @Test
    void controlCharactersInAnArgumentBecomeSpaces() {
        WorkflowEvent e = event(AutoComment.of("lifecycle.auto.agreement.decline", "City\u001Fof Niš", "late\u0007\nagain\tnow"));
        assertEquals(java.util.List.of("City of Niš", "late \nagain\tnow"), e.getAutoComment().orElseThrow().arguments());
    }

    @Test
    void whatPeopleWroteAndOlderRowsAreShownAsWritten() {
        WorkflowEvent written = new WorkflowEvent("agreement", 1L, "recall", "OUT_FOR_SIGNATURE", "DRAFT",
                "Wrong annex attached", "alice", Instant.EPOCH);
        assertEquals("Wrong annex attached", WorkflowComments.text(written, FR));
        WorkflowEvent older = new WorkflowEvent("agreement", 1L, "decline", "OUT_FOR_SIGNATURE", "DRAFT",
                "City of Niš: no", "bob", Instant.EPOCH);
        assertEquals("City of Niš: no", WorkflowComments.text(older, RU));
    }
}
