package org.ddmsportal.web.casestudies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.ddmsportal.application.casestudy.CaseStudyReview;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.ReviewComment;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/** The text tab of a case study's page: the review comments on each section, in threads, and new ones. */
@Named
@ViewScoped
public class CaseStudyCommentsBacking extends CaseStudyTab {

    private static final long serialVersionUID = 1L;

    /** The flash attribute naming the comment just added, for the page that opens at it. */
    private static final String ADDED = "commentAdded";

    @Inject
    CaseStudyReview review;

    private final Map<String, Draft> drafts = new HashMap<>();
    private transient List<ReviewComment> comments;

    public boolean isMayComment() {
        return CaseStudyPolicy.mayComment(currentActor.get(), page.getCaseStudy());
    }

    public List<ReviewComment> getComments() {
        if (comments == null) {
            comments = review.comments(currentActor.get(), page.getCaseStudy());
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

    /** The comment box of a section ({@code SUMMARY}…) or the reply box of a comment ({@code reply-<id>}). */
    public Draft draft(String key) {
        return drafts.computeIfAbsent(key, k -> new Draft());
    }

    public String addComment(String section) {
        return commented(() -> review.comment(currentActor.get(), page.getId(), Section.valueOf(section), null,
                draft(section).getText()));
    }

    public String reply(long parentId) {
        return commented(() -> {
            ReviewComment parent = getComments().stream().filter(c -> c.getId() == parentId).findFirst().orElseThrow();
            return review.comment(currentActor.get(), page.getId(), parent.getSection(), parentId,
                    draft("reply-" + parentId).getText());
        });
    }

    /**
     * Adds a comment, then shows the page again at it, where the reviewer was reading, with "Comment
     * added." inside it ({@link #ADDED}, for that one page only) rather than at the page's top, out of sight.
     */
    private String commented(LongSupplier comment) {
        return Texts.attempt(() -> {
            long id = comment.getAsLong();
            Faces.setFlashAttribute(ADDED, id);
            return page.reloadAt("text", "comment", id);
        });
    }

    /** Whether this comment was just added by the reader (its confirmation is shown in it). */
    public boolean isJustAdded(long commentId) {
        Object added = Faces.getFlashAttribute(ADDED);
        return added instanceof Long id && id == commentId;
    }
}
