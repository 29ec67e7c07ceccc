package org.ddmsportal.domain.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Texts;

/**
 * A document of the guidelines and best-practices library, in Markdown, with a category, a
 * revision number that grows with every change of its text (each revision is kept), and
 * whether it is published (on the showcase) or not.
 */
@Entity
@Table(name = "guideline")
@Getter
public class Guideline extends AbstractEntity implements Auditable {

    /** Longest text, in characters. */
    public static final int MAX_BODY = 200_000;

    @Column(name = "slug", nullable = false, updatable = false, length = 120)
    private String slug;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private GuidelineCategory category;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "summary")
    private String summary;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "revision", nullable = false)
    private int revision = 1;

    protected Guideline() {
        // for JPA
    }

    public Guideline(String slug, String title, GuidelineCategory category, String language, String body) {
        this.slug = Objects.requireNonNull(slug);
        describe(title, category, language, null);
        this.body = clean(body);
    }

    public final void describe(String newTitle, GuidelineCategory newCategory, String newLanguage, String newSummary) {
        this.title = Texts.required(newTitle, "title");
        this.category = Objects.requireNonNull(newCategory);
        this.language = Objects.requireNonNull(newLanguage).toLowerCase(Locale.ROOT);
        this.summary = newSummary == null || newSummary.isBlank() ? null : newSummary.strip();
    }

    /**
     * Replaces the text; a different text is a new revision.
     *
     * @return true if the text changed (and the revision grew)
     */
    public boolean rewrite(String newTitle, String newBody) {
        String cleaned = clean(newBody);
        boolean changed = !cleaned.equals(body) || !newTitle.strip().equals(title);
        if (changed) {
            revision++;
        }
        this.body = cleaned;
        return changed;
    }

    public void publish(boolean isPublished) {
        this.published = isPublished;
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is required");
        }
        return text.replace("\r\n", "\n").strip();
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("category", category.name());
        s.put("language", language);
        s.put("summary", summary);
        s.put("revision", Integer.toString(revision));
        s.put("published", Boolean.toString(published));
        return s;
    }
}
