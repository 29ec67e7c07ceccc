package org.ddmsportal.domain.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Texts;

/**
 * One row of a pilot's stakeholder map (HLG-MOS strategic communication framework): who, how
 * interested and how influential, through which channel, how often, and the key message.
 */
@Entity
@Table(name = "pilot_stakeholder")
@Getter
public class Stakeholder extends AbstractEntity implements Auditable {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "pilot_id", nullable = false, updatable = false)
    private Pilot pilot;

    @Column(name = "stakeholder", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "interest", nullable = false, length = 10)
    private Level interest;

    @Enumerated(EnumType.STRING)
    @Column(name = "influence", nullable = false, length = 10)
    private Level influence;

    @Column(name = "channel", length = 200)
    private String channel;

    @Column(name = "frequency", length = 100)
    private String frequency;

    @Column(name = "key_message")
    private String keyMessage;

    protected Stakeholder() {
        // for JPA
    }

    public Stakeholder(Pilot pilot) {
        this.pilot = Objects.requireNonNull(pilot);
    }

    public void describe(String newName, Level newInterest, Level newInfluence, String newChannel, String newFrequency,
                         String message) {
        this.name = Texts.required(newName, "stakeholder");
        this.interest = Objects.requireNonNull(newInterest);
        this.influence = Objects.requireNonNull(newInfluence);
        this.channel = Texts.blankToNull(newChannel);
        this.frequency = Texts.blankToNull(newFrequency);
        this.keyMessage = Texts.blankToNull(message);
    }

    /** How to engage, from the grid: manage closely, keep satisfied, keep informed, monitor. */
    public String getStrategy() {
        boolean interested = interest != Level.LOW;
        boolean influential = influence != Level.LOW;
        return interested && influential ? "MANAGE_CLOSELY" : influential ? "KEEP_SATISFIED"
                : interested ? "KEEP_INFORMED" : "MONITOR";
    }

    /** A stakeholder is shown on its pilot's page: its changes are in the pilot's history. */
    @Override
    public Auditable auditOwner() {
        return pilot;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("pilot", pilot.getTitle());
        s.put("stakeholder", name);
        s.put("interest", interest == null ? null : interest.name());
        s.put("influence", influence == null ? null : influence.name());
        s.put("channel", channel);
        s.put("frequency", frequency);
        s.put("keyMessage", keyMessage);
        return s;
    }
}
