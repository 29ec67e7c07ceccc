package org.ddmsportal.application.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.Clocks;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.shared.Slugs;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyRepository;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityCriteria;
import org.ddmsportal.domain.communication.Attendance;
import org.ddmsportal.domain.communication.CommunicationRepository;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCriteria;
import org.ddmsportal.domain.communication.GuidelineRevision;
import org.ddmsportal.domain.communication.Stakeholder;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.IndicatorRepository;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Role;

/**
 * Communication (WP3). The guidelines library is kept by coordinators (and admins): everyone
 * reads what is published, coordinators also drafts; every change of a text is a new revision.
 * Dissemination activities are recorded by a country's NSI users for their country and by
 * coordinators for any (or none); everyone signed in reads them, the public sees public events.
 * A pilot's stakeholder map is kept by those who may edit the pilot.
 */
@ApplicationScoped
@Transactional
public class CommunicationService {

    @Inject
    CommunicationRepository repository;

    @Inject
    ReferenceRepository reference;

    @Inject
    CaseStudyRepository caseStudies;

    @Inject
    PilotRepository pilots;

    @Inject
    IndicatorRepository indicators;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    // ---- guidelines

    public boolean mayEditGuidelines(@NotNull Actor actor) {
        return actor.isAdmin() || actor.has(Role.COORDINATOR);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Guideline> guidelines(Actor actor, @NotNull PageRequest request) {
        boolean publishedOnly = actor == null || !mayEditGuidelines(actor);
        return GuidelineCriteria.fromTable(request.filters(), request.search())
                .map(criteria -> repository.guidelines(criteria.publishedOnly(publishedOnly), request))
                .orElseGet(Page::empty);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Guideline> guideline(@NotNull Actor actor, long id) {
        return repository.guideline(id).filter(g -> g.isPublished() || mayEditGuidelines(actor));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Guideline> publishedGuideline(String slug) {
        return slug == null ? Optional.empty() : repository.publishedGuideline(slug);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GuidelineRevision> revisions(@NotNull Actor actor, long id) {
        guideline(actor, id).orElseThrow(NotFoundException::new);
        return repository.revisions(id);
    }

    public long createGuideline(@NotNull Actor actor, @NotNull @Valid GuidelineForm form) {
        if (!mayEditGuidelines(actor)) {
            throw new AccessDeniedException();
        }
        Guideline g = new Guideline(slug(form.getTitle()), form.getTitle(), form.getCategory(), form.getLanguage(),
                form.getBody());
        g.describe(form.getTitle(), form.getCategory(), form.getLanguage(), form.getSummary());
        g.publish(form.isPublished());
        audit.created(actor, g, g.getTitle(), repository::add);
        repository.add(new GuidelineRevision(g, form.getNote(), now(), actor.username()));
        return g.getId();
    }

    public void updateGuideline(@NotNull Actor actor, long id, @NotNull @Valid GuidelineForm form) {
        if (!mayEditGuidelines(actor)) {
            throw new AccessDeniedException();
        }
        Guideline g = repository.guideline(id).orElseThrow(NotFoundException::new);
        Versions.check(g, form.getVersion());
        var before = g.auditSnapshot();
        boolean rewritten = g.rewrite(form.getTitle(), form.getBody());
        g.describe(form.getTitle(), form.getCategory(), form.getLanguage(), form.getSummary());
        g.publish(form.isPublished());
        audit.updated(actor, g, g.getTitle(), before);
        if (rewritten) {
            repository.add(new GuidelineRevision(g, form.getNote(), now(), actor.username()));
        }
    }

    private String slug(String title) {
        return Slugs.of(null, title, "guideline", 100, repository::guidelineSlugTaken);
    }

    // ---- dissemination activities

    public boolean mayRecordActivityFor(@NotNull Actor actor, Country country) {
        if (actor.isAdmin() || actor.has(Role.COORDINATOR)) {
            return true;
        }
        return country != null && RegistryPolicy.mayEditOrganisationsOf(actor, country);
    }

    public boolean mayEdit(@NotNull Actor actor, @NotNull Activity a) {
        return mayRecordActivityFor(actor, a.getCountry());
    }

    public boolean mayCreateActivity(@NotNull Actor actor) {
        return actor.isAdmin() || actor.has(Role.COORDINATOR) || (actor.isNsi() && actor.countryCode() != null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Activity> activities(@NotNull PageRequest request) {
        return ActivityCriteria.fromTable(request.filters(), request.search())
                .map(criteria -> activities(criteria, request)).orElseGet(Page::empty);
    }

    /** The activities the criteria ask for, one page sorted as the request says. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Activity> activities(@NotNull ActivityCriteria criteria, @NotNull PageRequest page) {
        return repository.activities(criteria, page);
    }

    /** Public events for the showcase: upcoming (soonest first) or past (latest first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Activity> publicEvents(boolean upcoming, int max) {
        ActivityCriteria events = upcoming ? ActivityCriteria.all().publicFrom(LocalDate.now(clock))
                : ActivityCriteria.all().publicUntil(LocalDate.now(clock).minusDays(1));
        return repository.activities(events, new PageRequest(0, max, "heldOn", upcoming, null, null)).rows();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Activity> activity(@NotNull Actor actor, long id) {
        return repository.activity(id);
    }

    public long createActivity(@NotNull Actor actor, @NotNull @Valid ActivityForm form) {
        Country owner = owner(actor, form);
        if (!mayRecordActivityFor(actor, owner)) {
            throw new AccessDeniedException();
        }
        Activity a = new Activity(owner);
        apply(a, form);
        audit.created(actor, a, a.getTitle(), repository::add);
        return a.getId();
    }

    public void updateActivity(@NotNull Actor actor, long id, @NotNull @Valid ActivityForm form) {
        Activity a = repository.activity(id).orElseThrow(NotFoundException::new);
        if (!mayEdit(actor, a)) {
            throw new AccessDeniedException();
        }
        Versions.check(a, form.getVersion());
        var before = a.auditSnapshot();
        apply(a, form);
        audit.updated(actor, a, a.getTitle(), before);
    }

    private Country owner(Actor actor, ActivityForm form) {
        String code = actor.isAdmin() || actor.has(Role.COORDINATOR) ? form.getCountryCode() : actor.countryCode();
        if (code == null || code.isBlank()) {
            return null;
        }
        return reference.country(code).orElseThrow(() -> new InvalidInputException("error.activity.country"));
    }

    private void apply(Activity a, ActivityForm form) {
        a.describe(form.getKind(), form.getTitle(), form.getHeldOn(), form.getPlace(), form.isOnline(),
                form.getAudience(), form.getOutcome(), form.isPublicEvent());
        Set<Country> countries = new LinkedHashSet<>();
        for (String code : new LinkedHashSet<>(form.getCountryCodes())) {
            countries.add(reference.country(code).orElseThrow(() -> new InvalidInputException("error.activity.country")));
        }
        Set<CaseStudy> cs = new LinkedHashSet<>();
        for (Long id : new LinkedHashSet<>(form.getCaseStudyIds())) {
            cs.add(caseStudies.find(id).orElseThrow(() -> new InvalidInputException("error.activity.link")));
        }
        Set<Pilot> ps = new LinkedHashSet<>();
        for (Long id : new LinkedHashSet<>(form.getPilotIds())) {
            ps.add(pilots.find(id).orElseThrow(() -> new InvalidInputException("error.activity.link")));
        }
        List<Long> indicatorIds = List.copyOf(new LinkedHashSet<>(form.getIndicatorIds()));
        List<Indicator> is = indicators.byIds(indicatorIds);
        if (is.size() != indicatorIds.size()) {
            throw new InvalidInputException("error.activity.link");
        }
        a.link(countries, cs, ps, new LinkedHashSet<>(is));
        List<Attendance> rows = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (ActivityForm.AttendanceRow row : form.getAttendance()) {
            if (row.getOrganisationId() == null) {
                continue;
            }
            if (row.getAttendees() == null || row.getAttendees() < 1 || !seen.add(row.getOrganisationId())) {
                throw new InvalidInputException("error.activity.attendance");
            }
            rows.add(new Attendance(organisations.find(row.getOrganisationId())
                    .orElseThrow(() -> new InvalidInputException("error.activity.link")), row.getAttendees()));
        }
        a.attended(rows);
    }

    // ---- stakeholder map

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Stakeholder> stakeholders(@NotNull Actor actor, long pilotId) {
        return repository.stakeholders(pilotId);
    }

    public boolean mayMapStakeholders(@NotNull Actor actor, @NotNull Pilot pilot) {
        return RegistryPolicy.mayEditOrganisationsOf(actor, pilot.getCountry());
    }

    public long addStakeholder(@NotNull Actor actor, long pilotId, @NotNull @Valid StakeholderForm form) {
        Pilot pilot = pilots.find(pilotId).orElseThrow(NotFoundException::new);
        if (!mayMapStakeholders(actor, pilot)) {
            throw new AccessDeniedException();
        }
        Stakeholder s = new Stakeholder(pilot);
        s.describe(form.getName(), form.getInterest(), form.getInfluence(), form.getChannel(), form.getFrequency(),
                form.getKeyMessage());
        audit.created(actor, s, pilot.getTitle() + ": " + s.getName(), repository::add);
        return s.getId();
    }

    public void removeStakeholder(@NotNull Actor actor, long stakeholderId) {
        Stakeholder s = repository.stakeholder(stakeholderId).orElseThrow(NotFoundException::new);
        if (!mayMapStakeholders(actor, s.getPilot())) {
            throw new AccessDeniedException();
        }
        audit.deleted(actor, s, s.getPilot().getTitle() + ": " + s.getName());
        repository.remove(s);
    }

    private Instant now() {
        return Clocks.stamp(clock);
    }
}
