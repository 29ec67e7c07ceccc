package org.ddmsportal.domain.pilot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import org.ddmsportal.domain.shared.GeneratedIdEntity;
import org.ddmsportal.domain.shared.Lengths;

/** A milestone of a pilot: what, when due, when done. Part of the pilot aggregate. */
@Entity
@Table(name = "pilot_milestone")
public class Milestone extends GeneratedIdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "pilot_id", nullable = false)
    private Pilot pilot;

    @Column(name = "title", nullable = false, length = Lengths.NAME)
    @Getter private String title;

    @Column(name = "due")
    @Getter private LocalDate due;

    @Column(name = "done_on")
    @Getter private LocalDate doneOn;

    @Column(name = "position", nullable = false)
    @Getter private int position;

    protected Milestone() {
        // for JPA
    }

    Milestone(Pilot pilot, String title, LocalDate due, LocalDate doneOn, int position) {
        this.pilot = pilot;
        this.title = title;
        this.due = due;
        this.doneOn = doneOn;
        this.position = position;
    }

    /** Overdue: not done and its due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return doneOn == null && due != null && due.isBefore(today);
    }

    String describe() {
        return title + (due == null ? "" : " due " + due) + (doneOn == null ? "" : " done " + doneOn);
    }
}
