package org.ddmsportal.application.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.shared.ShortText;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.casestudy.LessonRepository;
import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipPolicy;
import org.ddmsportal.domain.partnership.PartnershipRepository;
import org.ddmsportal.domain.pilot.PilotPolicy;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.reference.ReferenceTerm;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.AbstractEntity;

/**
 * Lessons learned on a case study, partnership or pilot. The country's NSI users (and admins)
 * record them; on a case study only while its text may change. Everyone who may read what a
 * lesson is attached to reads the lesson.
 */
@ApplicationScoped
@Transactional
public class LessonService {

    public static final String CASE_STUDY = "case-study";
    public static final String PARTNERSHIP = "partnership";
    public static final String PILOT = "pilot";

    @Inject
    LessonRepository lessons;

    @Inject
    CaseStudyQueries caseStudies;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    PilotRepository pilots;

    @Inject
    ReferenceRepository reference;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Lesson> attachedTo(@NotNull Actor actor, @NotNull String kind, long id) {
        switch (kind) {
            case CASE_STUDY -> caseStudies.get(actor, id);
            case PARTNERSHIP -> partnerships.find(id).filter(p -> PartnershipPolicy.mayRead(actor, p))
                    .orElseThrow(NotFoundException::new);
            case PILOT -> pilots.find(id).filter(p -> PilotPolicy.mayRead(actor, p)).orElseThrow(NotFoundException::new);
            default -> throw new NotFoundException();
        }
        return lessons.attachedTo(kind, id);
    }

    /**
     * The lessons of a record its page has already loaded (a case study, partnership or pilot): its
     * read rule is checked on it, and it is not read again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Lesson> attachedTo(@NotNull Actor actor, @NotNull AbstractEntity owner) {
        if (owner instanceof org.ddmsportal.domain.casestudy.CaseStudy c) {
            caseStudies.requireRead(actor, c);
        } else if (owner instanceof Partnership partnership && !PartnershipPolicy.mayRead(actor, partnership)
                || owner instanceof Pilot pilot && !PilotPolicy.mayRead(actor, pilot)) {
            throw new NotFoundException();
        }
        return lessons.attachedTo(kindOf(owner), owner.getId());
    }

    /** {@link #mayRecord(Actor, String, long)} on a record its page has already loaded (not read again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRecord(@NotNull Actor actor, @NotNull AbstractEntity owner) {
        if (owner instanceof org.ddmsportal.domain.casestudy.CaseStudy c) {
            return CaseStudyPolicy.mayRead(actor, c) && CaseStudyPolicy.mayEdit(actor, c);
        }
        if (owner instanceof Partnership p) {
            return RegistryPolicy.mayEditOrganisationsOf(actor, p.getCountry());
        }
        if (owner instanceof Pilot p) {
            return RegistryPolicy.mayEditOrganisationsOf(actor, p.getCountry());
        }
        return false;
    }

    private static String kindOf(AbstractEntity owner) {
        if (owner instanceof org.ddmsportal.domain.casestudy.CaseStudy) {
            return CASE_STUDY;
        }
        if (owner instanceof Partnership) {
            return PARTNERSHIP;
        }
        if (owner instanceof Pilot) {
            return PILOT;
        }
        throw new NotFoundException();
    }

    /** The lessons of a published case study, for the public showcase (none for anything else). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Lesson> ofPublished(@NotNull org.ddmsportal.domain.casestudy.CaseStudy caseStudy) {
        return caseStudy.isPublished() ? lessons.attachedTo(CASE_STUDY, caseStudy.getId()) : List.of();
    }

    /** Whether the actor may add or change lessons of this owner. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRecord(@NotNull Actor actor, @NotNull String kind, long id) {
        return switch (kind) {
            case CASE_STUDY -> caseStudies.find(actor, id).map(c -> CaseStudyPolicy.mayEdit(actor, c)).orElse(false);
            case PARTNERSHIP -> partnerships.find(id)
                    .map(p -> RegistryPolicy.mayEditOrganisationsOf(actor, p.getCountry())).orElse(false);
            case PILOT -> pilots.find(id).map(p -> RegistryPolicy.mayEditOrganisationsOf(actor, p.getCountry()))
                    .orElse(false);
            default -> false;
        };
    }

    public long add(@NotNull Actor actor, @NotNull String kind, long ownerId, @NotNull @Valid LessonForm form) {
        if (!mayRecord(actor, kind, ownerId)) {
            throw new AccessDeniedException();
        }
        Lesson lesson = switch (kind) {
            case CASE_STUDY -> Lesson.of(caseStudies.get(actor, ownerId));
            case PARTNERSHIP -> {
                Partnership p = partnerships.find(ownerId).orElseThrow(NotFoundException::new);
                yield Lesson.of(p, p.getCountry());
            }
            case PILOT -> Lesson.of(pilots.find(ownerId).orElseThrow(NotFoundException::new));
            default -> throw new NotFoundException();
        };
        apply(lesson, form);
        audit.created(actor, lesson, label(lesson), lessons::add);
        return lesson.getId();
    }

    public void update(@NotNull Actor actor, long lessonId, @NotNull @Valid LessonForm form) {
        Lesson lesson = lessons.find(lessonId).orElseThrow(NotFoundException::new);
        if (!mayRecord(actor, lesson.getOwnerKind(), lesson.getOwnerId())) {
            throw new AccessDeniedException();
        }
        Versions.check(lesson, form.getVersion());
        var before = lesson.auditSnapshot();
        apply(lesson, form);
        audit.updated(actor, lesson, label(lesson), before);
    }

    public void remove(@NotNull Actor actor, long lessonId) {
        Lesson lesson = lessons.find(lessonId).orElseThrow(NotFoundException::new);
        if (!mayRecord(actor, lesson.getOwnerKind(), lesson.getOwnerId())) {
            throw new AccessDeniedException();
        }
        audit.deleted(actor, lesson, label(lesson));
        lessons.remove(lesson);
    }

    private void apply(Lesson lesson, LessonForm form) {
        lesson.learn(form.getCategory(), form.getText());
        lesson.facet(
                term(form.getPhaseId(), reference.gsbpmPhases()),
                form.getSourceKind(),
                term(form.getPartnerSectorId(), reference.organisationTypes()),
                term(form.getDomainId(), reference.policyDomains()),
                form.getMlTechnique());
    }

    private static <T extends ReferenceTerm> T term(Long id, List<T> options) {
        if (id == null) {
            return null;
        }
        return options.stream().filter(t -> t.getId().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.lesson.facet"));
    }

    private static String label(Lesson lesson) {
        String text = lesson.getText();
        return lesson.getOwnerTitle() + ": " + ShortText.abbreviate(text, 61);
    }
}
