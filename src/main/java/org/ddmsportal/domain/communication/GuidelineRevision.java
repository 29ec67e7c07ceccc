package org.ddmsportal.domain.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.GeneratedIdEntity;
import org.ddmsportal.domain.shared.Lengths;

/** A guideline's text as it was at one revision. Never changes. */
@Entity
@Table(name = "guideline_revision")
@Getter
public class GuidelineRevision extends GeneratedIdEntity {

    @Column(name = "guideline_id", nullable = false, updatable = false)
    private long guidelineId;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "title", nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "note", updatable = false, length = 500)
    private String note;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_by_name", updatable = false, length = Lengths.NAME)
    private String changedByName;

    protected GuidelineRevision() {
        // for JPA
    }

    public GuidelineRevision(Guideline g, String note, Instant at, Actor by) {
        this.guidelineId = g.getId();
        this.revision = g.getRevision();
        this.title = g.getTitle();
        this.body = g.getBody();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.changedAt = at;
        this.changedBy = by.username();
        this.changedByName = Actor.kept(by.displayName(), Lengths.NAME);
    }

    /** Who made this revision, as shown ({@link Actor#shown}). */
    public String getChangedByShown() {
        return Actor.shown(changedBy, changedByName);
    }
}
