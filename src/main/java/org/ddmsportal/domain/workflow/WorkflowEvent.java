package org.ddmsportal.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lombok.Getter;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.GeneratedIdEntity;
import org.ddmsportal.domain.shared.Lengths;

/**
 * One fired transition: which record moved from which state to which, by whom, when and why
 * (the comment every transition asks for). Append-only, like the audit trail. The comment of an
 * automatic transition is also kept as an {@link AutoComment} (message key and arguments), shown
 * in the reader's language; its text is then the English rendering, for mails, documents and
 * rows written before keys were kept.
 */
@Entity
@Table(name = "workflow_event")
public class WorkflowEvent extends GeneratedIdEntity {

    @Column(name = "workflow", nullable = false, updatable = false, length = Lengths.SHORT)
    @Getter private String workflow;

    @Column(name = "subject_id", nullable = false, updatable = false)
    @Getter private Long subjectId;

    @Column(name = "transition_name", nullable = false, updatable = false, length = Lengths.SHORT)
    @Getter private String transition;

    @Column(name = "from_state", nullable = false, updatable = false, length = Lengths.SHORT)
    @Getter private String fromState;

    @Column(name = "to_state", nullable = false, updatable = false, length = Lengths.SHORT)
    @Getter private String toState;

    @Column(name = "comment_text", nullable = false, updatable = false, length = Lengths.DESCRIPTION)
    @Getter private String comment;

    @Column(name = "comment_key", updatable = false, length = Lengths.NAME)
    private String commentKey;

    /** The arguments of {@link #commentKey}, separated by {@link #ARGUMENT_SEPARATOR}. */
    @Column(name = "comment_args", updatable = false, length = Lengths.DESCRIPTION)
    private String commentArguments;

    @Column(name = "actor", nullable = false, updatable = false, length = Lengths.USERNAME)
    @Getter private String actor;

    @Column(name = "at", nullable = false, updatable = false)
    @Getter private Instant at;

    /** The actor's name when the entry was written (their display name), or none in an older entry. */
    @Column(name = "actor_name", updatable = false, length = Lengths.NAME)
    @Getter private String actorName;

    protected WorkflowEvent() {
        // for JPA
    }

    public WorkflowEvent(String workflow, Long subjectId, String transition, String fromState, String toState,
                         String comment, String actor, Instant at) {
        this.workflow = Objects.requireNonNull(workflow);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.transition = Objects.requireNonNull(transition);
        this.fromState = Objects.requireNonNull(fromState);
        this.toState = Objects.requireNonNull(toState);
        this.comment = Objects.requireNonNull(comment);
        this.actor = Objects.requireNonNull(actor);
        this.at = Objects.requireNonNull(at);
    }

    /** An automatic transition's event: its comment as a key and arguments, and their English text. */
    public WorkflowEvent(String workflow, Long subjectId, String transition, String fromState, String toState,
                         AutoComment comment, String englishText, String actor, Instant at) {
        this(workflow, subjectId, transition, fromState, toState, englishText, actor, at);
        if (comment.arguments().stream().anyMatch(a -> a.indexOf(ARGUMENT_SEPARATOR) >= 0)) {
            throw new IllegalArgumentException("an argument holds the separator");
        }
        this.commentKey = comment.key();
        this.commentArguments = comment.arguments().isEmpty() ? null
                : String.join(String.valueOf(ARGUMENT_SEPARATOR), comment.arguments());
    }

    /** Separates the stored arguments (the ASCII unit separator, which no text holds). */
    public static final char ARGUMENT_SEPARATOR = '\u001F';

    /** The comment as a key and arguments, when the portal wrote it; empty for what people wrote. */
    public Optional<AutoComment> getAutoComment() {
        if (commentKey == null) {
            return Optional.empty();
        }
        List<String> args = commentArguments == null ? List.of()
                : Arrays.asList(commentArguments.split(String.valueOf(ARGUMENT_SEPARATOR), -1));
        return Optional.of(new AutoComment(commentKey, args));
    }

    /** This event, naming its actor as well as their account ({@code Ana Petrović} for {@code manager.rs}). */
    public WorkflowEvent actorNamed(String name) {
        this.actorName = Actor.kept(name, Lengths.NAME);
        return this;
    }

    /** Who, as shown ({@link Actor#shown}): "Ana Petrović (manager.rs)", or the account in an older row. */
    public String getWho() {
        return Actor.shown(actor, actorName);
    }
}
