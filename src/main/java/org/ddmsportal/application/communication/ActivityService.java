package org.ddmsportal.application.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ddmsportal.application.editing.EditingService;
import org.ddmsportal.application.editing.Listing;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.CaseStudyRepository;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityCriteria;
import org.ddmsportal.domain.communication.ActivityPolicy;
import org.ddmsportal.domain.communication.ActivityRepository;
import org.ddmsportal.domain.communication.Attendance;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.IndicatorRepository;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * Dissemination activities (WP3), under {@link ActivityPolicy}: a country's NSI users record
 * them for their country, coordinators for any (or none); everyone signed in reads them, the
 * public sees the public events on the showcase.
 */
@ApplicationScoped
@Transactional
public class ActivityService extends EditingService<Activity, ActivityForm, ActivityCriteria> {

    @Inject
    ActivityRepository activities;

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
    Clock clock;

    public ActivityService() {
        super(Activity::getTitle, ActivityPolicy::mayRead, ActivityPolicy::mayEdit,
                Listing.narrowed(ActivityCriteria::fromTable, (actor, criteria) -> criteria));
    }

    @Override
    protected ActivityRepository records() {
        return activities;
    }

    @Override
    public boolean mayCreate(@NotNull Actor actor) {
        return ActivityPolicy.mayCreate(actor);
    }

    /** Public events for the showcase: upcoming (soonest first) or past (latest first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Activity> publicEvents(boolean upcoming, int max) {
        ActivityCriteria events = upcoming ? ActivityCriteria.all().publicFrom(LocalDate.now(clock))
                : ActivityCriteria.all().publicUntil(LocalDate.now(clock).minusDays(1));
        return activities.search(events, new PageRequest(0, max, "heldOn", upcoming, null, null)).rows();
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid ActivityForm form) {
        Country owner = owner(actor, form);
        if (!ActivityPolicy.mayRecordFor(actor, owner)) {
            throw new AccessDeniedException();
        }
        Activity a = new Activity(owner);
        apply(actor, a, form);
        return add(actor, a, activities::add);
    }

    @Override
    protected void revise(Actor actor, Activity activity, ActivityForm form) {
        apply(actor, activity, form);
    }

    private Country owner(Actor actor, ActivityForm form) {
        String code = ActivityPolicy.recordsForAnyCountry(actor) ? form.getCountryCode() : actor.countryCode();
        if (code == null || code.isBlank()) {
            return null;
        }
        return reference.country(code).orElseThrow(() -> new InvalidInputException("error.activity.country"));
    }

    /**
     * The activity's description and links. A case study newly linked must be one the actor reads
     * (another country's draft is "unknown", as a wrong id: its existence is not disclosed); one
     * it already had stays, whoever saves.
     */
    private void apply(Actor actor, Activity a, ActivityForm form) {
        a.describe(form.getKind(), form.getTitle(), form.getHeldOn(), form.getPlace(), form.isOnline(),
                form.getAudience(), form.getOutcome(), form.isPublicEvent());
        Set<Country> countries = new LinkedHashSet<>();
        for (String code : new LinkedHashSet<>(form.getCountryCodes())) {
            countries.add(reference.country(code).orElseThrow(() -> new InvalidInputException("error.activity.country")));
        }
        Set<CaseStudy> cs = new LinkedHashSet<>();
        for (Long id : new LinkedHashSet<>(form.getCaseStudyIds())) {
            cs.add(caseStudies.find(id).filter(c -> a.getCaseStudies().contains(c) || CaseStudyPolicy.mayRead(actor, c))
                    .orElseThrow(() -> new InvalidInputException("error.activity.link")));
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
        Set<Long> seen = new HashSet<>();
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
}
