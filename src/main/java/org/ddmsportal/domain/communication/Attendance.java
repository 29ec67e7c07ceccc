package org.ddmsportal.domain.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import lombok.Getter;
import org.ddmsportal.domain.organisation.Organisation;

/** How many people of one organisation attended an activity. */
@Embeddable
@Getter
public class Attendance {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "attendees", nullable = false)
    private int attendees;

    protected Attendance() {
        // for JPA
    }

    public Attendance(Organisation organisation, int attendees) {
        if (attendees < 1) {
            throw new IllegalArgumentException("at least one attendee");
        }
        this.organisation = organisation;
        this.attendees = attendees;
    }
}
