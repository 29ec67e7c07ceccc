package org.ddmsportal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.agreement.AgreementEntryEffects;
import org.ddmsportal.application.casestudy.CaseStudyEntryEffects;
import org.ddmsportal.application.mail.Notifications;
import org.ddmsportal.application.workflow.WorkflowEffects;
import org.ddmsportal.application.workflow.WorkflowGuards;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowDefinition;
import org.ddmsportal.domain.workflow.WorkflowVocabulary;
import org.ddmsportal.infrastructure.workflow.WorkflowFiles;
import org.ddmsportal.infrastructure.workflow.WorkflowRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each file of workflows/ loads with the portal's real guards, entry effects, templates and tags
 * (as WorkflowRegistry loads it at start-up), and the domain agrees with it: the states its
 * classes name exist, the frozen agreement states are the tagged ones, every state and transition
 * has its label, and every guard and effect the portal implements is used.
 */
class WorkflowDomainTest {

    static final List<String> WORKFLOWS = WorkflowRegistry.WORKFLOWS;

    /** The vocabulary WorkflowRegistry builds, without a container. */
    static WorkflowVocabulary portal() {
        Set<String> templates = Notifications.TEMPLATES.stream()
                .filter(t -> Files.exists(Path.of("templates/mail/" + t + ".txt"))).collect(Collectors.toSet());
        return new WorkflowVocabulary(new WorkflowGuards().workflows(),
                WorkflowEffects.workflows(List.of(new AgreementEntryEffects(), new CaseStudyEntryEffects())),
                templates, WorkflowRegistry.TAGS);
    }

    static WorkflowDefinition load(String workflow) {
        try (InputStream in = Files.newInputStream(Path.of("workflows/" + workflow + ".json"))) {
            return WorkflowFiles.read(workflow + ".json", in, portal());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @FieldSource("WORKFLOWS")
    void eachFileLoadsWithTheRealGuardsEffectsAndTemplates(String workflow) {
        assertEquals(workflow, load(workflow).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {Agreement.WORKFLOW, CaseStudy.WORKFLOW, Partnership.WORKFLOW, Pilot.WORKFLOW})
    void eachStateTheDomainNamesIsAStateOfItsWorkflow(String workflow) throws IllegalAccessException {
        Class<?> type = Map.of(Agreement.WORKFLOW, Agreement.class, CaseStudy.WORKFLOW, CaseStudy.class,
                Partnership.WORKFLOW, Partnership.class, Pilot.WORKFLOW, Pilot.class).get(workflow);
        WorkflowDefinition d = load(workflow);
        for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isPublic(m) && f.getType() == String.class
                    && !f.getName().equals("WORKFLOW") && !f.getName().endsWith("_TAG")) {
                assertTrue(d.states().contains((String) f.get(null)),
                        type.getSimpleName() + "." + f.getName() + " is no state of workflows/" + workflow + ".json");
            }
        }
    }

    @Test
    void thePhaseLifecycleHasThePilotsPhasesAndItsMoves() {
        WorkflowDefinition d = load(PilotService.PHASE_EVENTS);
        assertEquals(IntStream.rangeClosed(Pilot.FIRST_PHASE, Pilot.LAST_PHASE).mapToObj(Integer::toString).toList(),
                d.states());
        for (int p = Pilot.FIRST_PHASE; p <= Pilot.LAST_PHASE; p++) {
            String phase = Integer.toString(p);
            Set<String> forward = d.leaving(phase).stream().filter(t -> t.name().equals("phaseForward"))
                    .map(Transition::to).collect(Collectors.toSet());
            Set<String> back = d.leaving(phase).stream().filter(t -> t.name().equals("phaseBack"))
                    .map(Transition::to).collect(Collectors.toSet());
            assertEquals(p == Pilot.LAST_PHASE ? Set.of() : Set.of(Integer.toString(p + 1)), forward, "forward from " + p);
            assertEquals(IntStream.range(Pilot.FIRST_PHASE, p).mapToObj(Integer::toString).collect(Collectors.toSet()),
                    back, "back from " + p);
        }
        assertTrue(d.transition("phaseForward", "2").orElseThrow().commentOptional(), "a step forward needs no comment");
        assertTrue(!d.transition("phaseBack", "1").orElseThrow().commentOptional(), "a step back says why");
    }

    @Test
    void theFrozenAgreementStatesAreTheTaggedOnes() {
        WorkflowDefinition d = load(Agreement.WORKFLOW);
        assertEquals(List.of(), WorkflowRegistry.disagreements(d));
        assertEquals(List.of("SIGNED", "ACTIVE", "EXPIRED", "TERMINATED"), d.tagged(Agreement.FROZEN_TAG));
        WorkflowDefinition without = new WorkflowDefinition(d.name(), d.initial(), d.states(), d.finals(),
                d.transitions());
        assertEquals(List.of("state 'SIGNED' must be tagged 'frozen'", "state 'ACTIVE' must be tagged 'frozen'",
                "state 'EXPIRED' must be tagged 'frozen'", "state 'TERMINATED' must be tagged 'frozen'"),
                WorkflowRegistry.disagreements(without));
    }

    @Test
    void everyGuardAndEffectThePortalImplementsIsUsedByItsWorkflow() {
        Set<String> usedGuards = new HashSet<>();
        Set<String> usedEffects = new HashSet<>();
        for (String w : WORKFLOWS) {
            WorkflowDefinition d = load(w);
            d.transitions().forEach(t -> usedGuards.addAll(t.guards()));
            d.states().forEach(s -> usedEffects.addAll(d.onEnter(s)));
        }
        assertEquals(new TreeSet<>(portal().guards().keySet()), new TreeSet<>(usedGuards));
        assertEquals(new TreeSet<>(portal().effects().keySet()), new TreeSet<>(usedEffects));
    }

    @Test
    void everyStateAndTransitionHasItsLabelInTheThreeLanguages() throws IOException {
        for (String bundle : List.of("messages", "messages_fr", "messages_ru")) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n/" + bundle + ".properties"))) {
                p.load(in);
            }
            List<String> missing = new ArrayList<>();
            for (String w : WORKFLOWS) {
                WorkflowDefinition d = load(w);
                d.states().stream().map(s -> "Status." + w + "." + s).filter(k -> !p.containsKey(k))
                        .forEach(missing::add);
                d.transitions().stream().map(t -> "Transition." + w + "." + t.name()).filter(k -> !p.containsKey(k))
                        .forEach(missing::add);
            }
            assertEquals(List.of(), missing, bundle);
        }
    }
}
