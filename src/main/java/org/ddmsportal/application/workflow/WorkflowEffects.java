package org.ddmsportal.application.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.ddmsportal.domain.workflow.Workflowable;

/**
 * Every entry effect the portal implements, collected from the {@link EntryEffects} beans of the
 * aggregates. An effect's name is unique across workflows; each belongs to one workflow, and the
 * workflow validation refuses a file that names one of another workflow.
 */
@ApplicationScoped
public class WorkflowEffects {

    @Inject
    @Any
    Instance<EntryEffects<?>> providers;

    /** Each effect's name and the workflow it belongs to. */
    public Map<String, String> workflows() {
        return workflows(providers);
    }

    /** Each effect's name and its workflow, for the given providers (also for tests without a container). */
    public static Map<String, String> workflows(Iterable<? extends EntryEffects<?>> providers) {
        Map<String, String> m = new LinkedHashMap<>();
        for (EntryEffects<?> p : providers) {
            for (String name : p.effects().keySet()) {
                if (m.put(name, p.workflow()) != null) {
                    throw new IllegalStateException("effect '" + name + "' is declared twice");
                }
            }
        }
        return m;
    }

    /** Runs the named effect on a state just entered (the workflow validation made sure it exists). */
    public void run(String effect, Entered<? extends Workflowable> entered) {
        for (EntryEffects<?> p : providers) {
            if (p.effects().containsKey(effect)) {
                apply(p, effect, entered);
                return;
            }
        }
        throw new IllegalStateException("unknown effect: " + effect);
    }

    private static <E extends Workflowable> void apply(EntryEffects<E> p, String effect,
                                                       Entered<? extends Workflowable> entered) {
        Consumer<Entered<E>> action = p.effects().get(effect);
        action.accept(new Entered<>(entered.actor(), p.type().cast(entered.subject()), entered.transition(),
                entered.from(), entered.at()));
    }
}
