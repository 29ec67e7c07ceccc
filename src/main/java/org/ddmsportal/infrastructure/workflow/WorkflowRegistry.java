package org.ddmsportal.infrastructure.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ddmsportal.application.mail.Notifications;
import org.ddmsportal.application.shared.Templates;
import org.ddmsportal.application.workflow.WorkflowEffects;
import org.ddmsportal.application.workflow.WorkflowGuards;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.workflow.WorkflowDefinition;
import org.ddmsportal.domain.workflow.WorkflowVocabulary;

/**
 * Loads and validates every workflow of {@code workflows/} when the portal starts (they are
 * packaged on the class path). A missing or broken file fails the deployment: the portal does
 * not start with a lifecycle it can't follow.
 */
@Singleton
@Startup
public class WorkflowRegistry {

    /** The workflows the portal uses; each is {@code workflows/<name>.json}. */
    public static final List<String> WORKFLOWS = List.of("partnership", "agreement", "pilot", "pilot-phase",
            "case-study");

    /** The state tags the portal asks about. */
    public static final Set<String> TAGS = Set.of(Agreement.FROZEN_TAG);

    private static final Logger LOG = Logger.getLogger(WorkflowRegistry.class.getName());

    @Inject
    WorkflowGuards guards;

    @Inject
    WorkflowEffects effects;

    @Inject
    Templates templates;

    private final Map<String, WorkflowDefinition> definitions = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        // A workflow may name a notification the portal knows and whose template file exists.
        Set<String> existing = Notifications.TEMPLATES.stream().filter(t -> templates.exists("mail/" + t))
                .collect(Collectors.toSet());
        WorkflowVocabulary known = new WorkflowVocabulary(guards.workflows(), effects.workflows(), existing, TAGS);
        for (String name : WORKFLOWS) {
            String file = name + ".json";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("workflows/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("workflows/" + file + " is missing");
                }
                definitions.put(name, WorkflowFiles.read(file, in, known));
            } catch (IOException e) {
                throw new IllegalStateException("workflows/" + file + " can't be read: " + e.getMessage(), e);
            }
        }
        List<String> disagreements = disagreements(definitions.get(Agreement.WORKFLOW));
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException("workflows/agreement.json is broken: " + String.join("; ", disagreements));
        }
        LOG.info(() -> "Workflows loaded: " + definitions.keySet());
    }

    /**
     * Where the agreement workflow and the domain's rules on its states disagree: the
     * {@code frozen} tag must be on exactly the states {@link Agreement#isFrozen(String)} names
     * (a signed document never changes, whatever the file says).
     */
    public static List<String> disagreements(WorkflowDefinition agreement) {
        return agreement.states().stream()
                .filter(s -> agreement.hasTag(s, Agreement.FROZEN_TAG) != Agreement.isFrozen(s))
                .map(s -> "state '" + s + "' must " + (Agreement.isFrozen(s) ? "" : "not ") + "be tagged '"
                        + Agreement.FROZEN_TAG + "'")
                .toList();
    }

    public Optional<WorkflowDefinition> definition(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    public List<WorkflowDefinition> definitions() {
        return List.copyOf(definitions.values());
    }
}
