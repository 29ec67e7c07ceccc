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
import org.ddmsportal.application.workflow.WorkflowGuards;
import org.ddmsportal.domain.workflow.WorkflowDefinition;

/**
 * Loads and validates every workflow of {@code workflows/} when the portal starts (they are
 * packaged on the class path). A missing or broken file fails the deployment: the portal does
 * not start with a lifecycle it can't follow.
 */
@Singleton
@Startup
public class WorkflowRegistry {

    /** The workflows the portal uses; each is {@code workflows/<name>.json}. */
    static final List<String> WORKFLOWS = List.of("partnership", "agreement", "pilot", "case-study");

    private static final Logger LOG = Logger.getLogger(WorkflowRegistry.class.getName());

    @Inject
    WorkflowGuards guards;

    @Inject
    Templates templates;

    private final Map<String, WorkflowDefinition> definitions = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        // A workflow may name a notification the portal knows and whose template file exists.
        Set<String> known = Notifications.TEMPLATES.stream().filter(t -> templates.exists("mail/" + t))
                .collect(Collectors.toSet());
        for (String name : WORKFLOWS) {
            String file = name + ".json";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("workflows/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("workflows/" + file + " is missing");
                }
                definitions.put(name, WorkflowFiles.read(file, in, guards.names(), known));
            } catch (IOException e) {
                throw new IllegalStateException("workflows/" + file + " can't be read: " + e.getMessage(), e);
            }
        }
        LOG.info(() -> "Workflows loaded: " + definitions.keySet());
    }

    public Optional<WorkflowDefinition> definition(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    public List<WorkflowDefinition> definitions() {
        return List.copyOf(definitions.values());
    }
}
