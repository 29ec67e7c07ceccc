package org.ddmsportal.domain.workflow;

import java.util.Map;
import java.util.Set;

/**
 * What the portal implements that a workflow file may name: its guards and entry effects, each
 * typed to the one workflow whose records it reads or changes (name → workflow), the
 * notification templates, and the state tags the code asks about. A file naming anything else,
 * or a guard or effect of another workflow, is refused by {@link WorkflowDefinition#problems}.
 */
public record WorkflowVocabulary(Map<String, String> guards, Map<String, String> effects, Set<String> templates,
                                 Set<String> tags) {

    public WorkflowVocabulary {
        guards = Map.copyOf(guards);
        effects = Map.copyOf(effects);
        templates = Set.copyOf(templates);
        tags = Set.copyOf(tags);
    }
}
