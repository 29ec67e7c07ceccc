package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.casestudy.CaseStudyForm;
import org.ddmsportal.application.casestudy.CaseStudyAttachments;
import org.ddmsportal.application.casestudy.CaseStudyAuthoring;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.casestudy.CaseStudyReview;
import org.ddmsportal.application.casestudy.CaseStudyShowcase;
import org.ddmsportal.application.casestudy.LessonForm;
import org.ddmsportal.application.casestudy.LessonService;
import org.ddmsportal.application.casestudy.SubmissionDiff;
import org.ddmsportal.application.contact.ContactForm;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.reference.ReferenceService;
import org.ddmsportal.application.search.SearchService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.ConcurrentEditException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.workflow.TransitionRefusedException;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.ClearanceStatus;
import org.ddmsportal.domain.casestudy.LessonCategory;
import org.ddmsportal.domain.casestudy.MlTechnique;
import org.ddmsportal.domain.casestudy.Rubric;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case studies inside Payara with the real database: every review transition allowed and
 * refused (wrong role, wrong country, not the assigned reviewer, missing rubric, missing
 * clearance), versions and their differences, threaded comments and the mails they send,
 * attachment limits with nothing half-stored, full-text search with facets returning exactly
 * the seeded matches and never an unpublished one publicly, and the list page's query count.
 */
@ExtendWith(ArquillianExtension.class)
class CaseStudyIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    CaseStudyQueries caseStudies;

    @Inject
    CaseStudyAttachments attachmentFiles;

    @Inject
    CaseStudyAuthoring authoring;

    @Inject
    CaseStudyReview review;

    @Inject
    CaseStudyShowcase showcase;

    @Inject
    LessonService lessons;

    @Inject
    SearchService search;

    @Inject
    org.ddmsportal.application.search.SearchCache searchCache;

    @Inject
    OrganisationService organisations;

    @Inject
    ContactService contacts;

    @Inject
    PartnershipService partnerships;

    @Inject
    AgreementQueries agreements;

    @Inject
    AgreementDrafting agreementDrafting;

    @Inject
    ReferenceService reference;

    @Resource(lookup = "java:app/jdbc/ddms")
    DataSource dataSource;

    /** A Serbian partnership with a company whose draft data-sharing agreement requires clearance. */
    private final class Scenario {
        final long n = SEQUENCE.incrementAndGet();
        final String word = "zq" + Long.toString(n, 36);
        final long nsi = organisation("SORS " + n, "NSI", null);
        final String companyCode = "RS-CO-" + n;
        final long company = organisation("Company " + n, "UTILITY", companyCode);
        final String companyContactEmail = "contact." + n + "@company.test";
        // the company's contact works in Russian: the portal's mails to them are in Russian (MailLanguages)
        final long companyContact = contact("Marko " + n, companyContactEmail, company, "ru");
        final long partnership = partnership();
        final Actor author = new Actor("it.author." + n, "Author " + n, "author." + n + "@stat.test",
                Set.of(Role.NSI_MANAGER), "RS", null);
        final Actor reviewer = new Actor("it.reviewer." + n, "Reviewer " + n, "reviewer." + n + "@unece.test",
                Set.of(Role.COORDINATOR), "CH", null);
        final Actor partner = new Actor("it.partner." + n, "Partner " + n, companyContactEmail,
                Set.of(Role.CONTACT), "RS", companyCode);

        private long partnership() {
            PartnershipForm form = new PartnershipForm();
            form.setTitle("Energy " + n);
            form.setLeadId(nsi);
            form.setType(PartnershipType.DATA_SHARING);
            PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
            row.setOrganisationId(company);
            row.setRole(PartnerRole.DATA_PROVIDER);
            form.getPartners().add(row);
            return partnerships.create(Actors.ADMIN, form);
        }

        /** A draft data-sharing agreement with the company whose publication clause needs clearance. */
        long agreementRequiringClearance() {
            AgreementForm form = new AgreementForm();
            form.setPartnershipId(partnership);
            form.setKind(AgreementKind.DSA);
            form.setTitle("Consumption data " + n);
            form.setEffectiveDate(LocalDate.now());
            form.setExpiryDate(LocalDate.now().plusYears(1));
            AgreementForm.PartyRow row = new AgreementForm.PartyRow();
            row.setOrganisationId(company);
            row.setContactId(companyContact);
            row.setRole(PartyRole.SIGNER);
            row.setOrder(1);
            form.setParties(List.of(row));
            form.setPublicationAllowed(true);
            form.setPublicationClearance(true);
            return agreementDrafting.create(Actors.MANAGER_RS, form);
        }

        CaseStudyForm form(boolean complete) {
            CaseStudyForm f = new CaseStudyForm();
            f.setTitle("Electricity case " + n);
            f.setLanguage("en");
            for (Section s : Section.values()) {
                if (complete || s == Section.SUMMARY || s == Section.MOTIVATION) {
                    f.getTexts().put(s.name(), s.name().toLowerCase() + " of case " + n + ". The " + word + " method.");
                }
            }
            f.setPartnershipIds(List.of(partnership));
            return f;
        }

        long create(boolean complete) {
            return authoring.create(author, form(complete));
        }

        long version(long id) {
            return caseStudies.get(Actors.ADMIN, id).getVersion();
        }

        void move(Actor actor, long id, String transition) {
            review.transition(actor, id, version(id), transition, "because " + transition);
        }

        String status(long id) {
            return caseStudies.get(Actors.ADMIN, id).getStatus();
        }

        void rubric(long id, boolean all) {
            review.assess(reviewer, id, version(id), new Rubric(true, true, true, all, "note"));
        }

        /** An incomplete draft (summary and motivation only), submitted by the country's staff. */
        long submitted() {
            agreementRequiringClearance();
            long id = create(false);
            move(Actors.STAFF_RS, id, "submit");
            return id;
        }

        /** Submitted and taken by the reviewer. */
        long inReview() {
            long id = submitted();
            move(reviewer, id, "take");
            return id;
        }

        /** Complete, assessed and approved; the company's contact is asked to clear it. */
        long approvedAwaitingClearance() {
            agreementRequiringClearance();
            long id = create(true);
            move(author, id, "submit");
            move(reviewer, id, "take");
            rubric(id, true);
            move(reviewer, id, "approve");
            assertEquals("APPROVED", status(id));
            return id;
        }
    }

    private long organisation(String name, String type, String code) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setCountryCode("RS");
        form.setTypeCode(type);
        form.setCode(code);
        return organisations.create(Actors.ADMIN, form);
    }

    private long contact(String name, String email, long organisation, String... languages) {
        ContactForm form = new ContactForm();
        form.setFullName(name);
        form.setEmail(email);
        form.setOrganisationId(organisation);
        form.setLanguages(new java.util.ArrayList<>(List.of(languages)));
        return contacts.create(Actors.ADMIN, form);
    }

    @Test
    void onlyTheCountryWithACommentOnTheCurrentVersionSubmitsAndTheTextIsThenFrozen() {
        Scenario s = new Scenario();
        s.agreementRequiringClearance();
        long id = s.create(false);
        assertEquals("DRAFT", s.status(id));

        // submit: not the coordinator (role), not Italy (country), not without a comment
        assertThrows(AccessDeniedException.class, () -> s.move(s.reviewer, id, "submit"));
        assertThrows(NotFoundException.class, () -> s.move(Actors.MANAGER_IT, id, "submit"));
        assertThrows(TransitionRefusedException.class,
                () -> review.transition(s.author, id, s.version(id), "submit", " "));
        assertThrows(ConcurrentEditException.class,
                () -> review.transition(s.author, id, s.version(id) - 1, "submit", "go"));
        s.move(Actors.STAFF_RS, id, "submit");
        assertEquals("SUBMITTED", s.status(id));
        assertTrue(ids(caseStudies.needingAttention(s.reviewer)).contains(id), "on every coordinator's workspace");
        Mailbox.await("claire.martin@demo.unece.org", m -> m.subject().contains("Electricity case " + s.n), "coordinators told");
        assertThrows(InvalidInputException.class, () -> authoring.update(s.author, id, s.form(true)),
                "the text is frozen while in review");
    }

    @Test
    void onlyACoordinatorTakesAReviewAndOnlyTheAssignedReviewerDecides() {
        Scenario s = new Scenario();
        long id = s.submitted();

        // take: only a coordinator; the country may not review itself
        assertThrows(AccessDeniedException.class, () -> s.move(s.author, id, "take"));
        s.move(s.reviewer, id, "take");
        assertEquals(s.reviewer.username(), caseStudies.get(Actors.ADMIN, id).getReviewer());
        Actor otherCoordinator = new Actor("it.other.coord." + s.n, "Other", "other@unece.test", Set.of(Role.COORDINATOR),
                "CH", null);
        assertThrows(AccessDeniedException.class, () -> s.move(otherCoordinator, id, "requestChanges"),
                "only the assigned reviewer decides");
    }

    @Test
    void approvalNeedsTheRubricMetAndEverySectionWritten() {
        Scenario s = new Scenario();
        long id = s.inReview();

        TransitionRefusedException noRubric = assertThrows(TransitionRefusedException.class,
                () -> s.move(s.reviewer, id, "approve"));
        assertEquals("guard.rubricMet", noRubric.messageKey());
        assertThrows(AccessDeniedException.class, () -> review.assess(s.author, id, s.version(id), Rubric.empty()));
        s.rubric(id, true);
        assertThrows(TransitionRefusedException.class, () -> s.move(s.reviewer, id, "approve"),
                "the rubric is met but five sections are empty");
    }

    @Test
    void aThreadedCommentOnASectionReachesTheAuthorAndTheReplyTheReviewer() {
        Scenario s = new Scenario();
        long id = s.inReview();

        long comment = review.comment(s.reviewer, id, Section.RESULTS, null, "Say what was achieved.");
        review.comment(s.author, id, Section.SUMMARY, comment, "Will do.");
        var thread = review.comments(s.author, id);
        assertEquals(2, thread.size());
        assertEquals(Section.RESULTS, thread.get(1).getSection(), "a reply stays on its parent's section");
        assertThrows(NotFoundException.class,
                () -> review.comment(Actors.MANAGER_IT, id, Section.RESULTS, null, "not mine"));
        Mailbox.await(s.author.email(), m -> m.subject().contains("review comment") && m.body().contains("Say what was achieved"),
                "the author hears of the comment");
        Mailbox.await(s.reviewer.email(), m -> m.body().contains("Will do."), "the reviewer hears of the reply");
    }

    @Test
    void requestedChangesAreRevisedAndResubmittedAsANewVersionWithItsDifferences() {
        Scenario s = new Scenario();
        long id = s.inReview();

        assertThrows(AccessDeniedException.class, () -> s.move(s.author, id, "requestChanges"));
        s.move(s.reviewer, id, "requestChanges");
        assertEquals("CHANGES_REQUESTED", s.status(id));
        assertTrue(ids(caseStudies.needingAttention(s.author)).contains(id), "back on the country's workspace");
        Mailbox.await(s.author.email(), m -> m.subject().contains("Changes requested"), "the author hears of the decision");
        CaseStudyForm revised = s.form(true);
        revised.setVersion(s.version(id));
        authoring.update(s.author, id, revised);
        assertThrows(NotFoundException.class, () -> s.move(Actors.MANAGER_IT, id, "resubmit"));
        s.move(s.author, id, "resubmit");
        assertEquals("RESUBMITTED", s.status(id));
        assertEquals(2, review.submissions(s.reviewer, id).size());
        List<SubmissionDiff.SectionDiff> diff = review.diff(s.reviewer, id, 1, 2);
        assertTrue(diff.stream().anyMatch(d -> d.section() == Section.RESULTS && d.changed()
                && d.lines().get(0).html().contains("<ins>")), "the added results show as inserted");
        assertTrue(diff.stream().filter(d -> d.section() == Section.SUMMARY).allMatch(d -> !d.changed()));
    }

    @Test
    void approvalOfACompleteAssessedCaseStudyAsksThePartnersContactForClearance() {
        Scenario s = new Scenario();
        s.agreementRequiringClearance();
        long id = s.create(true);
        s.move(s.author, id, "submit");
        s.move(s.reviewer, id, "take");

        s.rubric(id, false);
        assertThrows(TransitionRefusedException.class, () -> s.move(s.reviewer, id, "approve"), "one criterion unmet");
        s.rubric(id, true);
        s.move(s.reviewer, id, "approve");
        assertEquals("APPROVED", s.status(id));
        CaseStudy approved = caseStudies.get(Actors.ADMIN, id);
        assertEquals(1, approved.getClearances().size());
        assertEquals(ClearanceStatus.PENDING, approved.getClearances().get(0).getStatus());
        // asked in Russian, the country named in Russian
        Mailbox.Mail asked = Mailbox.await(s.companyContactEmail,
                m -> m.subject().startsWith("Просьба одобрить публикацию тематического исследования"), "the partner is asked");
        assertTrue(asked.body().contains("(Сербия)"), asked.body());
        assertEquals(List.of(id), ids(caseStudies.needingAttention(s.partner)), "on the partner's workspace");
    }

    @Test
    void publicationWaitsForThePartnersClearanceWhichOnlyTheyGiveOrRefuseWithAReason() {
        Scenario s = new Scenario();
        long id = s.approvedAwaitingClearance();

        TransitionRefusedException notCleared = assertThrows(TransitionRefusedException.class,
                () -> s.move(s.reviewer, id, "publish"));
        assertEquals("guard.partnersCleared", notCleared.messageKey());
        long clearance = caseStudies.get(Actors.ADMIN, id).getClearances().get(0).getId();
        long seen = caseStudies.get(Actors.ADMIN, id).getClearances().get(0).getVersion();
        Actor otherContact = new Actor("it.other.contact." + s.n, "X", "x@else.test", Set.of(Role.CONTACT), "RS", "RS-EPS");
        assertThrows(NotFoundException.class, () -> review.clear(otherContact, id, clearance, seen, true, null),
                "another organisation's contact does not even see it");
        assertThrows(AccessDeniedException.class, () -> review.clear(s.author, id, clearance, seen, true, null));
        assertThrows(TransitionRefusedException.class, () -> review.clear(s.partner, id, clearance, seen, false, ""),
                "a refusal needs a reason");
        review.clear(s.partner, id, clearance, seen, false, "Figures for district 3 are disclosive");
        assertEquals("APPROVED", s.status(id));
        Mailbox.await(s.author.email(), m -> m.body().contains("district 3"), "the author hears of the refusal");
        assertTrue(showcase.publishedBySlug(caseStudies.get(Actors.ADMIN, id).getSlug()).isEmpty());
    }

    /**
     * Two contacts of the partner have the page open: one refuses; the other's clearance, made on
     * the page as it was before, is a conflict and does not overwrite the refusal (nor publish).
     */
    @Test
    void aClearanceFromAStalePageDoesNotOverwriteADecisionMadeMeanwhile() {
        Scenario s = new Scenario();
        long id = s.approvedAwaitingClearance();
        var seen = caseStudies.get(Actors.ADMIN, id).getClearances().get(0);
        review.clear(s.partner, id, seen.getId(), seen.getVersion(), false, "Figures for district 3 are disclosive");
        ConcurrentEditException stale = assertThrows(ConcurrentEditException.class,
                () -> review.clear(s.partner, id, seen.getId(), seen.getVersion(), true, "Looks fine"));
        assertEquals("error.concurrentEdit", stale.messageKey());
        var now = caseStudies.get(Actors.ADMIN, id).getClearances().get(0);
        assertEquals(ClearanceStatus.REFUSED, now.getStatus(), "the refusal stands");
        assertEquals("APPROVED", s.status(id));
    }

    @Inject
    jakarta.validation.Validator validator;

    /** A section longer than allowed is refused, named by its key, in the reader's language (not the server's). */
    @Test
    void aTooLongSectionIsNamedAndSaidInTheReadersLanguage() {
        org.ddmsportal.application.casestudy.CaseStudyForm form = new org.ddmsportal.application.casestudy.CaseStudyForm();
        form.setTitle("Heat");
        form.getTexts().put("MOTIVATION", "x".repeat(20_001));
        var v = validator.validate(form).stream()
                .filter(c -> c.getPropertyPath().toString().startsWith("texts")).findFirst().orElseThrow();
        assertEquals("MOTIVATION", org.ddmsportal.application.shared.ViolationMessages.mapKey(v));
        assertEquals("at most 20000 characters", org.ddmsportal.application.shared.ViolationMessages.text(v, java.util.Locale.ENGLISH));
        assertEquals("au plus 20000\u00a0caractères", org.ddmsportal.application.shared.ViolationMessages.text(v, java.util.Locale.FRENCH));
        assertEquals("не более 20000 символов",
                org.ddmsportal.application.shared.ViolationMessages.text(v, java.util.Locale.forLanguageTag("ru")));
    }

    @Test
    void thePartnersClearancePublishesAtOnceAndAWithdrawalTakesItOffTheShowcase() {
        Scenario s = new Scenario();
        long id = s.approvedAwaitingClearance();
        long clearance = caseStudies.get(Actors.ADMIN, id).getClearances().get(0).getId();
        review.clear(s.partner, id, clearance, caseStudies.get(Actors.ADMIN, id).getClearances().get(0).getVersion(), false,
                "Figures for district 3 are disclosive");

        // the partner clears (on the page reloaded after the refusal): published at once, on the showcase
        review.clear(s.partner, id, clearance, caseStudies.get(Actors.ADMIN, id).getClearances().get(0).getVersion(), true,
                "Fine now");
        assertEquals("PUBLISHED", s.status(id));
        CaseStudy published = caseStudies.get(Actors.ADMIN, id);
        assertNotNull(published.getPublishedAt());
        assertTrue(showcase.publishedBySlug(published.getSlug()).isPresent());
        assertTrue(caseStudies.find(Actors.MANAGER_IT, id).isPresent(), "everyone signed in reads it now");

        // withdraw: not by another country, yes by the author's manager
        assertThrows(AccessDeniedException.class, () -> s.move(Actors.MANAGER_IT, id, "withdraw"));
        s.move(s.author, id, "withdraw");
        assertEquals("WITHDRAWN", s.status(id));
        assertTrue(showcase.publishedBySlug(published.getSlug()).isEmpty(), "gone from the showcase");
    }

    @Test
    void withoutAClauseRequiringClearanceTheCoordinatorPublishesAfterApproval() {
        Scenario s = new Scenario();
        long id = s.create(true);
        s.move(s.author, id, "submit");
        s.move(s.reviewer, id, "take");
        s.rubric(id, true);
        s.move(s.reviewer, id, "approve");
        assertTrue(caseStudies.get(Actors.ADMIN, id).getClearances().isEmpty());
        assertThrows(AccessDeniedException.class, () -> s.move(s.author, id, "publish"));
        s.move(s.reviewer, id, "publish");
        assertEquals("PUBLISHED", s.status(id));
    }

    @Test
    void reviewMaterialOfAPublishedCaseStudyIsForTheAuthorsSideAndCoordinatorsOnly() {
        Scenario s = new Scenario();
        long id = s.create(true);
        s.move(s.author, id, "submit");
        s.move(s.reviewer, id, "take");
        review.comment(s.reviewer, id, Section.RESULTS, null, "secret review remark " + s.n);
        s.move(s.reviewer, id, "requestChanges");
        s.move(s.author, id, "resubmit");
        s.rubric(id, true);
        s.move(s.reviewer, id, "approve");
        s.move(s.reviewer, id, "publish");
        assertEquals("PUBLISHED", s.status(id));

        Actor italy = new Actor("it.italy." + s.n, "Italy", "it@istat.test", Set.of(Role.NSI_MANAGER), "IT", null);
        Actor otherContact = new Actor("it.contact." + s.n, "Contact", "c@else.test", Set.of(Role.CONTACT), "IT", "IT-X");
        for (Actor outsider : List.of(italy, otherContact, s.partner)) {
            CaseStudy c = caseStudies.get(outsider, id);   // the published text is for everyone
            assertFalse(CaseStudyPolicy.mayReadReview(outsider, c), outsider.username());
            assertTrue(review.comments(outsider, id).isEmpty(), outsider.username());
            assertThrows(AccessDeniedException.class, () -> review.lifecycle(outsider, id), outsider.username());
            assertThrows(AccessDeniedException.class, () -> review.submissions(outsider, id), outsider.username());
            assertThrows(AccessDeniedException.class, () -> review.diff(outsider, id, 1, 2), outsider.username());
            assertThrows(AccessDeniedException.class, () -> caseStudies.history(outsider, id), outsider.username());
        }
        for (Actor inside : List.of(s.author, s.reviewer, Actors.ADMIN)) {
            assertEquals(1, review.comments(inside, id).size(), inside.username());
            assertTrue(review.lifecycle(inside, id).stream().anyMatch(e -> "because requestChanges".equals(e.getComment())),
                    inside.username());
            assertEquals(2, review.submissions(inside, id).size(), inside.username());
            assertFalse(caseStudies.history(inside, id).isEmpty(), inside.username());
        }
    }

    @Test
    void attachmentsAreCheckedByTheirBytesAndSizeAndARefusedOneLeavesNothing() throws Exception {
        Scenario s = new Scenario();
        long id = s.create(false);
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();
        long stored = attachmentFiles.attach(s.author, id, "C:\\Users\\ana\\evidence.pdf", new ByteArrayInputStream(pdf));
        var list = attachmentFiles.attachments(s.author, id);
        assertEquals(1, list.size());
        assertEquals("evidence.pdf", list.get(0).getFileName(), "no path from the browser");
        assertEquals("application/pdf", list.get(0).getContentType());
        assertEquals(64, list.get(0).getSha256().length());
        assertEquals(s.author.displayName() + " (" + s.author.username() + ")", list.get(0).getUploadedByShown(),
                "who stored it is named, with their account");
        assertTrue(Arrays.equals(pdf, attachmentFiles.download(s.author, stored).orElseThrow().content()));
        assertTrue(attachmentFiles.download(null, stored).isEmpty(), "not public before publication");
        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> attachmentFiles.attach(s.author, id, "evidence (1).pdf", new ByteArrayInputStream(pdf)));
        assertEquals("error.attachment.duplicate", again.messageKey(), "the same file twice takes no second place");
        assertEquals(List.of("evidence.pdf"), List.of(again.arguments()), "it names the file already attached");
        assertEquals(1, attachmentFiles.attachments(s.author, id).size());

        long rowsBefore = count("SELECT COUNT(*) FROM case_study_attachment") + count("SELECT COUNT(*) FROM case_study_attachment_content");
        InvalidInputException wrongType = assertThrows(InvalidInputException.class,
                () -> attachmentFiles.attach(s.author, id, "script.pdf", new ByteArrayInputStream("<script>alert(1)</script>".getBytes())));
        assertEquals("error.attachment.type", wrongType.messageKey());
        assertEquals("error.attachment.type", assertThrows(InvalidInputException.class,
                () -> attachmentFiles.attach(s.author, id, "renamed.exe", new ByteArrayInputStream(pdf))).messageKey());
        byte[] huge = new byte[(int) attachmentFiles.maxAttachmentBytes() + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        InvalidInputException tooLarge = assertThrows(InvalidInputException.class,
                () -> attachmentFiles.attach(s.author, id, "big.pdf", new ByteArrayInputStream(huge)));
        assertEquals("error.attachment.tooLarge", tooLarge.messageKey());
        assertEquals(rowsBefore, count("SELECT COUNT(*) FROM case_study_attachment")
                + count("SELECT COUNT(*) FROM case_study_attachment_content"), "nothing half-stored");
        assertThrows(NotFoundException.class,
                () -> attachmentFiles.attach(Actors.MANAGER_IT, id, "x.pdf", new ByteArrayInputStream(pdf)));

        // at most 20 files (app.case-studies.attachment-max-count): the 21st is refused, nothing stored
        for (int i = 2; i <= 20; i++) {
            attachmentFiles.attach(s.author, id, "evidence-" + i + ".pdf", new ByteArrayInputStream(marked(pdf, i)));
        }
        InvalidInputException tooMany = assertThrows(InvalidInputException.class,
                () -> attachmentFiles.attach(s.author, id, "one-more.pdf", new ByteArrayInputStream(pdf)));
        assertEquals("error.attachment.tooMany", tooMany.messageKey());
        assertEquals(20, attachmentFiles.attachments(s.author, id).size());
    }

    /**
     * Uploads at once are counted one after another: with two places left, four authors' uploads
     * at the same moment store two and refuse two ("at most 20"), never 22 files.
     */
    @Test
    void uploadsAtOnceCannotTakeMoreThanThePlacesLeft() throws Exception {
        Scenario s = new Scenario();
        long id = s.create(false);
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();
        for (int i = 1; i <= 18; i++) {
            attachmentFiles.attach(s.author, id, "evidence-" + i + ".pdf", new ByteArrayInputStream(marked(pdf, i)));
        }
        int uploads = 4;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(uploads);
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            String name = "at-once-" + i + ".pdf";
            outcomes.add(executor.submit(() -> {
                start.await(10, java.util.concurrent.TimeUnit.SECONDS);
                try {
                    attachmentFiles.attach(s.author, id, name, new ByteArrayInputStream(marked(pdf, name.hashCode())));
                    return "stored";
                } catch (InvalidInputException e) {
                    return e.messageKey();
                }
            }));
        }
        List<String> said = new java.util.ArrayList<>();
        for (var outcome : outcomes) {
            said.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertEquals(2, said.stream().filter("stored"::equals).count(), said.toString());
        assertEquals(2, said.stream().filter("error.attachment.tooMany"::equals).count(), said.toString());
        assertEquals(20, attachmentFiles.attachments(s.author, id).size());
    }

    @Test
    void searchFindsExactlyTheSeededMatchesWithFacetsAndNeverAnUnpublishedOnePublicly() throws Exception {
        Scenario s = new Scenario();
        long published = s.create(true);
        long draft = s.create(true);
        long mobility = reference.policyDomains().stream().filter(d -> d.getCode().equals("MOBILITY")).findFirst()
                .orElseThrow().getId();
        long collect = reference.gsbpmPhases().stream().filter(p -> p.getCode().equals("4")).findFirst().orElseThrow().getId();
        long stalled = lesson(s, published, LessonCategory.OBSTACLE, "The " + s.word + " extract stalled for months.",
                mobility, collect, SourceKind.BIG_DATA, MlTechnique.NONE);
        lesson(s, published, LessonCategory.SUCCESS_FACTOR, "The " + s.word + " team met weekly.", null, null,
                SourceKind.ADMINISTRATIVE, MlTechnique.REGRESSION);
        long hidden = lesson(s, draft, LessonCategory.OBSTACLE, "A " + s.word + " draft lesson, stalled too.", mobility,
                collect, SourceKind.BIG_DATA, null);
        s.move(s.author, published, "submit");
        s.move(s.reviewer, published, "take");
        s.rubric(published, true);
        s.move(s.reviewer, published, "approve");
        s.move(s.reviewer, published, "publish");

        // public: the published case study and its two lessons, not the draft nor its lesson
        SearchService.Result open = search.searchPublic(new SearchService.Query(s.word, Map.of(), 0, 20));
        assertEquals(Set.of("case-study:" + published, "lesson:" + stalled, "lesson:" + (stalled + 1)), keys(open));
        assertTrue(open.hits().stream().allMatch(h -> h.snippet().contains("<mark>" + s.word + "</mark>")),
                "every hit highlights the word");
        String studySnippet = open.hits().stream().filter(h -> h.id() == published && h.kind().equals("case-study"))
                .findFirst().orElseThrow().snippet();
        assertEquals(1, studySnippet.split("summary of case " + s.n, -1).length - 1,
                "the snippet reads the case study once, not its summary again: " + studySnippet);
        // facets: mobility + Collect → exactly the stalled lesson (and the case study it belongs to)
        SearchService.Result faceted = search.searchPublic(new SearchService.Query(s.word,
                Map.of("domain", "MOBILITY", "phase", "4", "category", "OBSTACLE"), 0, 20));
        assertEquals(Set.of("lesson:" + stalled), keys(faceted));
        assertEquals(Map.of("CASE_STUDY", 1L, "OBSTACLE", 1L, "SUCCESS_FACTOR", 1L), facet(open, "category"));
        assertEquals(Map.of("REGRESSION", 2L, "NONE", 2L), facet(open, "ml"),
                "a case study carries its lessons' facets");
        // two words must both be present; the own country also sees its draft
        assertEquals(Set.of("lesson:" + stalled), keys(search.searchPublic(
                new SearchService.Query(s.word + " stalled", Map.of(), 0, 20))));
        assertEquals(Set.of("lesson:" + stalled), keys(search.searchPublic(
                new SearchService.Query(s.word + " stalled for months", Map.of(), 0, 20))), "a stop word is no term");
        assertEquals(0, search.searchPublic(new SearchService.Query("the WHO", Map.of(), 0, 20)).total(),
                "only stop words: nothing, not everything");
        assertEquals(Set.of("lesson:" + stalled, "lesson:" + hidden),
                keys(search.search(s.author, new SearchService.Query(s.word + " stalled", Map.of(), 0, 20))));
        assertFalse(keys(search.search(Actors.MANAGER_IT, new SearchService.Query(s.word, Map.of(), 0, 20)))
                .contains("lesson:" + hidden), "another country does not see a draft's lessons");
        // paging on the server: one hit per page
        SearchService.Result first = search.searchPublic(new SearchService.Query(s.word, Map.of(), 0, 1));
        assertEquals(1, first.hits().size());
        assertEquals(3, first.total());
    }

    @Test
    void aSearchCostsTheSameFewQueriesForThreeMatchesAsForMoreThanAPageAndPagesOnTheServer() throws Exception {
        Scenario few = new Scenario();
        long small = few.create(true);
        lesson(few, small, LessonCategory.OBSTACLE, "The " + few.word + " extract stalled.", null, null,
                SourceKind.SURVEY, MlTechnique.NONE);
        lesson(few, small, LessonCategory.SUCCESS_FACTOR, "The " + few.word + " team met weekly.", null, null,
                SourceKind.BIG_DATA, MlTechnique.NONE);
        Scenario many = new Scenario();
        long large = many.create(true);
        for (int i = 0; i < 30; i++) {
            lesson(many, large, i % 2 == 0 ? LessonCategory.OBSTACLE : LessonCategory.SUCCESS_FACTOR,
                    "Lesson " + i + " on the " + many.word + " extract.", null, null,
                    i % 3 == 0 ? SourceKind.BIG_DATA : SourceKind.SURVEY, MlTechnique.NONE);
        }
        SearchService.Result first = search.search(Actors.COORDINATOR, new SearchService.Query(many.word, Map.of(), 0, 20));
        assertEquals(31, first.total());
        assertEquals(20, first.hits().size());
        assertEquals(Map.of("CASE_STUDY", 1L, "OBSTACLE", 15L, "SUCCESS_FACTOR", 15L), facet(first, "category"));
        SearchService.Result second = search.search(Actors.COORDINATOR, new SearchService.Query(many.word, Map.of(), 20, 20));
        assertEquals(11, second.hits().size());
        Set<String> both = new java.util.HashSet<>(keys(first));
        both.addAll(keys(second));
        assertEquals(31, both.size(), "the two pages together hold every match once");
        assertEquals(List.of(), search.search(Actors.COORDINATOR, new SearchService.Query(many.word, Map.of(), 40, 20)).hits());

        for (Map<String, String> facets : List.of(Map.<String, String>of(), Map.of("sourceKind", "SURVEY", "category", "OBSTACLE"))) {
            searchCache.clear(); // what a search costs the first time
            long three = QueryCounter.selects(dataSource, () -> search.search(Actors.COORDINATOR,
                    new SearchService.Query(few.word, facets, 0, 20)));
            long thirtyOne = QueryCounter.selects(dataSource, () -> search.search(Actors.COORDINATOR,
                    new SearchService.Query(many.word, facets, 0, 20)));
            assertEquals(three, thirtyOne, "queries for " + facets);
            assertTrue(thirtyOne <= 3, thirtyOne + " queries: facet counts, the page, its texts");
            // the same search again: counts and page from the recent answers, only the shown texts read
            long again = QueryCounter.selects(dataSource, () -> search.search(Actors.COORDINATOR,
                    new SearchService.Query(many.word, facets, 0, 20)));
            assertTrue(again <= 1, again + " queries for a search answered a moment ago");
        }
        SearchService.Result faceted = search.search(Actors.COORDINATOR,
                new SearchService.Query(many.word, Map.of("sourceKind", "SURVEY", "category", "OBSTACLE"), 0, 20));
        // lessons 2, 4, 8, 10, 14, 16, 20, 22, 26, 28: even (obstacle) and not a multiple of 3 (survey)
        assertEquals(10, faceted.total());
        assertEquals(Map.of("OBSTACLE", 10L, "SUCCESS_FACTOR", 10L, "CASE_STUDY", 1L), facet(faceted, "category"),
                "a facet is counted without its own choice");
        assertEquals(Map.of("SURVEY", 10L, "BIG_DATA", 5L), facet(faceted, "sourceKind"));
    }

    @Test
    void theListPageCostsTheSameQueriesForTwoRowsAndForTen() throws Exception {
        Scenario s = new Scenario();
        for (int i = 0; i < 10; i++) {
            s.create(false);
        }
        PageRequest two = new PageRequest(0, 2, "modifiedAt", false, Map.of("country", "RS"), null);
        PageRequest ten = new PageRequest(0, 10, "modifiedAt", false, Map.of("country", "RS"), null);
        assertEquals(QueryCounter.selects(dataSource, () -> caseStudies.search(Actors.COORDINATOR, two).rows().forEach(c -> c.getCountry().getAlpha2())),
                QueryCounter.selects(dataSource, () -> caseStudies.search(Actors.COORDINATOR, ten).rows().forEach(c -> c.getCountry().getAlpha2())));
        assertTrue(caseStudies.search(Actors.MANAGER_IT, ten).rows().stream().allMatch(CaseStudy::isPublished),
                "Italy sees Serbia's published ones only");
    }

    /** A SELECT of one case study by its id (the repository's find): the case-study page's own read. */
    private static final Pattern CASE_STUDY_BY_ID = Pattern.compile(
            "(?s)^SELECT (t\\d+)\\.ID,[^()]*\\bcase_study \\1\\b.*?\\bWHERE \\(+\\1\\.ID = \\?\\)|^SELECT ID,[^()]*\\bFROM case_study WHERE \\(ID = \\?\\)");

    @Test
    void aCaseStudyPageReadsItsCaseStudyOnceAndItsTabsCheckTheirRulesOnIt() {
        Scenario s = new Scenario();
        long id = s.create(true);
        for (int i = 0; i < 3; i++) { // while its authors may still change it
            lesson(s, id, LessonCategory.OBSTACLE, "Lesson " + i, null, null, SourceKind.SURVEY, MlTechnique.NONE);
        }
        s.move(s.author, id, "submit");
        s.move(s.reviewer, id, "take");
        review.comment(s.reviewer, id, Section.RESULTS, null, "a remark " + s.n);
        s.move(s.reviewer, id, "requestChanges");
        s.move(s.author, id, "resubmit");
        List<String> sql = QueryCounter.jpaSelects(() -> caseStudyPage(s.reviewer, id));
        assertEquals(1, sql.stream().filter(q -> CASE_STUDY_BY_ID.matcher(q).find()).count(),
                "the page's use cases read the case study once: " + sql);

        // the rules are checked on the record passed: the review material stays the author's side's
        CaseStudy c = caseStudies.get(s.reviewer, id);
        Actor italy = new Actor("it.italy." + s.n, "Italy", "it@istat.test", Set.of(Role.NSI_MANAGER), "IT", null);
        assertEquals(1, review.comments(s.reviewer, c).size());
        assertEquals(2, review.submissions(s.reviewer, c).size());
        assertFalse(caseStudies.history(s.reviewer, c).isEmpty());
        assertThrows(NotFoundException.class, () -> review.lifecycle(italy, c), "an unpublished case study is not shown");
        assertThrows(NotFoundException.class, () -> review.comments(italy, c));
        assertThrows(NotFoundException.class, () -> review.submissions(italy, c));
        assertThrows(NotFoundException.class, () -> caseStudies.history(italy, c));
        assertThrows(NotFoundException.class, () -> attachmentFiles.attachments(italy, c));
        assertThrows(NotFoundException.class, () -> lessons.attachedTo(italy, c));
        assertFalse(lessons.mayRecord(italy, c));
        assertEquals(CaseStudyPolicy.mayEdit(s.author, c), lessons.mayRecord(s.author, c));
    }

    /**
     * What /app/case-studies/view asks while it renders ({@code CaseStudyViewBacking} and its tab
     * beans, the lifecycle and lessons panels), on the record the page loaded.
     */
    private void caseStudyPage(Actor a, long id) {
        CaseStudy c = caseStudies.find(a, id).orElseThrow();
        CaseStudyPolicy.mayEdit(a, c);
        CaseStudyPolicy.mayReadReview(a, c);
        review.availableTransitions(a, c);
        review.lifecycle(a, c);
        review.history(a, c);
        review.comments(a, c);
        review.submissions(a, c);
        review.clearancesFor(a, c);
        attachmentFiles.attachments(a, c);
        List<Lesson> found = lessons.attachedTo(a, c);
        found.forEach(l -> lessons.mayRecord(a, c));
        lessons.mayRecord(a, c);
    }

    private long lesson(Scenario s, long caseStudy, LessonCategory category, String text, Long domain, Long phase,
                        SourceKind kind, MlTechnique ml) {
        LessonForm form = new LessonForm();
        form.setCategory(category);
        form.setText(text);
        form.setDomainId(domain);
        form.setPhaseId(phase);
        form.setSourceKind(kind);
        form.setMlTechnique(ml);
        return lessons.add(s.author, LessonService.CASE_STUDY, caseStudy, form);
    }

    private static List<Long> ids(List<CaseStudy> list) {
        return list.stream().map(CaseStudy::getId).toList();
    }

    private static Set<String> keys(SearchService.Result r) {
        return r.hits().stream().map(h -> h.kind() + ":" + h.id()).collect(Collectors.toSet());
    }

    private static Map<String, Long> facet(SearchService.Result r, String name) {
        return r.facets().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().values().stream()
                .collect(Collectors.toMap(SearchService.FacetValue::value, SearchService.FacetValue::count));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }


    /** The same PDF with a comment line of its own: another file, by its bytes and its SHA-256. */
    private static byte[] marked(byte[] pdf, int mark) {
        byte[] comment = ("%" + mark + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = java.util.Arrays.copyOf(pdf, pdf.length + comment.length);
        System.arraycopy(comment, 0, out, pdf.length, comment.length);
        return out;
    }
}
