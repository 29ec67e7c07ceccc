package org.ddmsportal.web.casestudies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.casestudy.CaseStudyAttachments;
import org.ddmsportal.application.casestudy.CaseStudyAuthoring;
import org.ddmsportal.application.casestudy.CaseStudyForm;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.casestudy.CaseStudyReview;
import org.ddmsportal.application.casestudy.SubmissionDiff;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.casestudy.Attachment;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.Clearance;
import org.ddmsportal.domain.casestudy.ReviewComment;
import org.ddmsportal.domain.casestudy.Rubric;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.casestudy.Submission;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/**
 * /app/case-studies/view?id=…[&amp;lang=…]: the case study in the template, with its review —
 * comments on each section, the rubric, the lifecycle, the differences between submissions —
 * its lessons, attachments, translations and the partners' clearances.
 */
@Named
@ViewScoped
public class CaseStudyViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseStudyReview service;

    @Inject
    CaseStudyQueries queries;

    @Inject
    CaseStudyAuthoring authoring;

    @Inject
    CaseStudyAttachments files;


    @Inject
    CurrentActor currentActor;

    private String idParam;
    private String langParam;
    private Long id;
    private long seenVersion;
    private String comment;
    private final Map<String, Draft> drafts = new HashMap<>();
    private boolean rubricSections;
    private boolean rubricPlain;
    private boolean rubricSelfContained;
    private boolean rubricImpact;
    private String rubricNote;
    private int diffFrom;
    private int diffTo;
    private transient Part upload;
    private CaseStudyForm translation;
    private String translationLanguage;
    private transient CaseStudy caseStudy;
    private transient List<Transition> transitions;
    private transient List<ReviewComment> comments;
    private transient List<Submission> submissions;
    private transient List<SubmissionDiff.SectionDiff> diff;
    private transient List<Attachment> attachments;
    private transient List<WorkflowEvent> lifecycle;
    private transient List<AuditEntry> history;
    private transient List<Clearance> myClearances;

    public void load() {
        id = Ids.parse(idParam);
        caseStudy = id == null ? null : queries.find(currentActor.get(), id).orElse(null);
        if (caseStudy == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        seenVersion = caseStudy.getVersion();
        Rubric r = caseStudy.getRubric();
        rubricSections = r.isSectionsComplete();
        rubricPlain = r.isPlainLanguage();
        rubricSelfContained = r.isSelfContained();
        rubricImpact = r.isDecisionImpact();
        rubricNote = r.getNote();
        // the last two submissions; with only one, the first against the current text
        int n = caseStudy.getSubmissions();
        diffTo = n > 1 ? n : 0;
        diffFrom = n > 1 ? n - 1 : 1;
    }

    private String reload() {
        return "/app/case-studies/view?faces-redirect=true&id=" + id;
    }

    public CaseStudy getCaseStudy() {
        if (caseStudy == null && id != null) {
            caseStudy = queries.get(currentActor.get(), id);
        }
        return caseStudy;
    }

    /** The content shown: the translation in the chosen (or the user's) language, or the original. */
    public CaseStudyContent getContent() {
        String lang = langParam != null ? langParam : Texts.locale().getLanguage();
        return getCaseStudy().contentIn(lang);
    }

    public boolean isTranslated() {
        return getContent() != getCaseStudy().getContent();
    }

    public List<Section> getSections() {
        return List.of(Section.values());
    }

    public List<Section> getMissing() {
        return getCaseStudy().getContent().missing();
    }

    public boolean isMayEdit() {
        return CaseStudyPolicy.mayEdit(currentActor.get(), getCaseStudy());
    }

    /** Review material (review, lifecycle and history tabs) — see CaseStudyPolicy.mayReadReview. */
    public boolean isMayReadReview() {
        return CaseStudyPolicy.mayReadReview(currentActor.get(), getCaseStudy());
    }

    public boolean isMayComment() {
        return CaseStudyPolicy.mayComment(currentActor.get(), getCaseStudy());
    }

    public boolean isReviewer() {
        return getCaseStudy().getReviewer() != null && CaseStudyPolicy.isReviewer(currentActor.get(), getCaseStudy())
                && List.of("IN_REVIEW", "RESUBMITTED").contains(getCaseStudy().getStatus());
    }

    // ---- lifecycle

    public List<Transition> getTransitions() {
        if (transitions == null) {
            transitions = service.availableTransitions(currentActor.get(), getCaseStudy());
        }
        return transitions;
    }

    public String fire(String transition) {
        return Texts.attempt(() -> {
            service.transition(currentActor.get(), id, seenVersion, transition, comment);
            Texts.info("caseStudy.moved");
            return reload();
        });
    }

    public List<WorkflowEvent> getLifecycle() {
        if (lifecycle == null) {
            lifecycle = service.lifecycle(currentActor.get(), id);
        }
        return lifecycle;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = queries.history(currentActor.get(), id);
        }
        return history;
    }

    // ---- rubric

    public String saveRubric() {
        return Texts.attempt(() -> {
            service.assess(currentActor.get(), id, seenVersion,
                    new Rubric(rubricSections, rubricPlain, rubricSelfContained, rubricImpact, rubricNote));
            Texts.info("caseStudy.rubricSaved");
            return reload();
        });
    }

    // ---- comments

    public List<ReviewComment> getComments() {
        if (comments == null) {
            comments = service.comments(currentActor.get(), id);
        }
        return comments;
    }

    /** A comment with how deep it sits in its thread. */
    public record ThreadEntry(ReviewComment comment, int depth) {
    }

    /** The threads on a section, each root followed by its replies (depth-first, oldest first). */
    public List<ThreadEntry> thread(Section section) {
        List<ThreadEntry> out = new ArrayList<>();
        for (ReviewComment c : getComments()) {
            if (c.getParentId() == null && c.getSection() == section) {
                addThread(c, 0, out);
            }
        }
        return out;
    }

    private void addThread(ReviewComment c, int depth, List<ThreadEntry> out) {
        out.add(new ThreadEntry(c, Math.min(depth, 4)));
        for (ReviewComment r : getComments()) {
            if (c.getId().equals(r.getParentId())) {
                addThread(r, depth + 1, out);
            }
        }
    }

    /** What the user is writing in one comment or reply box, keyed by section or by the comment answered. */
    public static final class Draft implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** The comment box of a section ({@code SUMMARY}…) or the reply box of a comment ({@code reply-<id>}). */
    public Draft draft(String key) {
        return drafts.computeIfAbsent(key, k -> new Draft());
    }

    public String addComment(String section) {
        return Texts.attempt(() -> {
            service.comment(currentActor.get(), id, Section.valueOf(section), null, draft(section).getText());
            Texts.info("caseStudy.commented");
            return reload();
        });
    }

    public String reply(long parentId) {
        return Texts.attempt(() -> {
            ReviewComment parent = getComments().stream().filter(c -> c.getId() == parentId).findFirst().orElseThrow();
            service.comment(currentActor.get(), id, parent.getSection(), parentId, draft("reply-" + parentId).getText());
            Texts.info("caseStudy.commented");
            return reload();
        });
    }

    // ---- submissions

    public List<Submission> getSubmissions() {
        if (submissions == null) {
            submissions = service.submissions(currentActor.get(), id);
        }
        return submissions;
    }

    public List<SubmissionDiff.SectionDiff> getDiff() {
        if (diff == null && getSubmissions().size() >= 1) {
            diff = service.diff(currentActor.get(), id, diffFrom, diffTo);
        }
        return diff;
    }

    public void compare() {
        diff = null;
    }

    // ---- attachments

    public List<Attachment> getAttachments() {
        if (attachments == null) {
            attachments = files.attachments(currentActor.get(), id);
        }
        return attachments;
    }

    public String uploadAttachment() {
        return Texts.attempt(() -> {
            if (upload == null || upload.getSize() == 0) {
                throw new InvalidInputException("error.attachment.empty");
            }
            if (upload.getSize() > files.maxAttachmentBytes()) {
                throw new InvalidInputException("error.attachment.tooLarge", files.maxAttachmentBytes() / (1024 * 1024));
            }
            try (InputStream in = upload.getInputStream()) {
                files.attach(currentActor.get(), id, upload.getSubmittedFileName(), in);
            } catch (IOException e) {
                throw new InvalidInputException("error.attachment.unreadable");
            }
            Texts.info("attachment.added");
            return reload();
        });
    }

    public String removeAttachment(long attachmentId) {
        return Texts.attempt(() -> {
            files.removeAttachment(currentActor.get(), id, attachmentId);
            Texts.info("attachment.removed");
            return reload();
        });
    }

    public long getMaxAttachmentMb() {
        return files.maxAttachmentBytes() / (1024 * 1024);
    }

    // ---- clearance

    /** Looked up once per view; giving or refusing a clearance reloads the page. */
    public List<Clearance> getMyClearances() {
        if (myClearances == null) {
            myClearances = service.clearancesFor(currentActor.get(), getCaseStudy());
        }
        return myClearances;
    }

    public String clear(long clearanceId, boolean cleared) {
        return Texts.attempt(() -> {
            service.clear(currentActor.get(), id, clearanceId, cleared, draft("clearance-" + clearanceId).getText());
            Texts.info(cleared ? "clearance.given" : "clearance.refused");
            return reload();
        });
    }

    // ---- translations

    public void startTranslation() {
        if (translationLanguage != null) {
            translation = CaseStudyForm.translationOf(getCaseStudy(), translationLanguage);
        }
    }

    public String saveTranslation() {
        return Texts.attempt(() -> {
            authoring.translate(currentActor.get(), id, translation);
            Texts.info("saved");
            return reload();
        });
    }

    public String removeTranslation(String language) {
        return Texts.attempt(() -> {
            authoring.removeTranslation(currentActor.get(), id, seenVersion, language);
            Texts.info("saved");
            return reload();
        });
    }

    public List<String> getTranslationOptions() {
        return List.of("en", "fr", "ru").stream().filter(l -> !l.equals(getCaseStudy().getLanguage())).toList();
    }

    // ---- plain accessors

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public String getLangParam() { return langParam; }
    public void setLangParam(String langParam) { this.langParam = langParam; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public boolean isRubricSections() { return rubricSections; }
    public void setRubricSections(boolean v) { this.rubricSections = v; }
    public boolean isRubricPlain() { return rubricPlain; }
    public void setRubricPlain(boolean v) { this.rubricPlain = v; }
    public boolean isRubricSelfContained() { return rubricSelfContained; }
    public void setRubricSelfContained(boolean v) { this.rubricSelfContained = v; }
    public boolean isRubricImpact() { return rubricImpact; }
    public void setRubricImpact(boolean v) { this.rubricImpact = v; }
    public String getRubricNote() { return rubricNote; }
    public void setRubricNote(String rubricNote) { this.rubricNote = rubricNote; }
    public int getDiffFrom() { return diffFrom; }
    public void setDiffFrom(int diffFrom) { this.diffFrom = diffFrom; }
    public int getDiffTo() { return diffTo; }
    public void setDiffTo(int diffTo) { this.diffTo = diffTo; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public CaseStudyForm getTranslation() { return translation; }
    public String getTranslationLanguage() { return translationLanguage; }
    public void setTranslationLanguage(String translationLanguage) { this.translationLanguage = translationLanguage; }
}
