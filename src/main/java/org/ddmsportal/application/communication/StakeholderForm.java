package org.ddmsportal.application.communication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.ddmsportal.domain.communication.Level;
import org.ddmsportal.domain.shared.Lengths;

/** One row of a pilot's stakeholder map. */
public class StakeholderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String name;

    @NotNull
    private Level interest;

    @NotNull
    private Level influence;

    @Size(max = Lengths.NAME)
    private String channel;

    @Size(max = 100)
    private String frequency;

    @Size(max = Lengths.DESCRIPTION)
    private String keyMessage;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Level getInterest() { return interest; }
    public void setInterest(Level interest) { this.interest = interest; }
    public Level getInfluence() { return influence; }
    public void setInfluence(Level influence) { this.influence = influence; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String frequency) { this.frequency = frequency; }
    public String getKeyMessage() { return keyMessage; }
    public void setKeyMessage(String keyMessage) { this.keyMessage = keyMessage; }
}
