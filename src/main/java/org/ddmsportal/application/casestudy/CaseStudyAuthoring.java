package org.ddmsportal.application.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.ddmsportal.application.shared.Editing;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.Slugs;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.CaseStudyRepository;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipRepository;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.shared.Actor;

/**
 * Writing case studies: a new one, its text and links, and its translations. NSI users of the
 * country (and admins), in draft or when changes were requested ({@link CaseStudyPolicy#mayAuthor}).
 */
@ApplicationScoped
@Transactional
public class CaseStudyAuthoring implements Editing<CaseStudy, CaseStudyForm> {

    @Inject
    CaseStudyQueries queries;

    @Inject
    CaseStudyRepository caseStudies;

    @Inject
    ReferenceRepository reference;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    PilotRepository pilots;

    @Inject
    WorkflowEngine workflow;

    @Inject
    AuditTrail audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseStudy> find(@NotNull Actor actor, long id) {
        return queries.find(actor, id);
    }

    @Override
    public boolean mayEdit(@NotNull Actor actor, @NotNull CaseStudy c) {
        return CaseStudyPolicy.mayEdit(actor, c);
    }

    /** The text changes only in draft or when changes were requested. */
    @Override
    public Optional<String> lockedBecause(CaseStudy c) {
        return c.isEditable() ? Optional.empty() : Optional.of("error.caseStudy.notEditable");
    }

    @Override
    public boolean mayCreate(@NotNull Actor actor) {
        return CaseStudyPolicy.mayCreate(actor);
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid CaseStudyForm form) {
        String code = actor.isAdmin() && form.getCountryCode() != null ? form.getCountryCode() : actor.countryCode();
        Country country = code == null ? null : reference.country(code).orElse(null);
        if (country == null) {
            throw new InvalidInputException("error.caseStudy.country");
        }
        CaseStudy c = new CaseStudy(country, slug(country, form.getTitle()), form.getLanguage(), form.content(),
                workflow.initialState(CaseStudy.WORKFLOW), actor.email());
        if (!CaseStudyPolicy.mayAuthor(actor, c)) {
            throw new AccessDeniedException();
        }
        link(c, form);
        audit.created(actor, c, c.getTitle(), caseStudies::add);
        return c.getId();
    }

    @Override
    public void update(@NotNull Actor actor, long id, @NotNull @Valid CaseStudyForm form) {
        CaseStudy c = writable(actor, id, form.getVersion());
        var before = c.auditSnapshot();
        c.write(form.getLanguage(), form.content());
        link(c, form);
        audit.updated(actor, c, c.getTitle(), before);
    }

    /** Adds or replaces the translation into {@code form.language}. */
    public void translate(@NotNull Actor actor, long id, @NotNull @Valid CaseStudyForm form) {
        CaseStudy c = writable(actor, id, form.getVersion());
        if (form.getLanguage().equals(c.getLanguage())) {
            throw new InvalidInputException("error.caseStudy.sameLanguage");
        }
        retranslate(actor, c, all -> all.put(form.getLanguage(), form.content()));
    }

    public void removeTranslation(@NotNull Actor actor, long id, long version, @NotNull String language) {
        retranslate(actor, writable(actor, id, version), all -> all.remove(language));
    }

    /** Changes the translations by {@code edit} on a copy of them; audited. */
    private void retranslate(Actor actor, CaseStudy c, Consumer<Map<String, CaseStudyContent>> edit) {
        var before = c.auditSnapshot();
        Map<String, CaseStudyContent> all = new HashMap<>(c.getTranslations());
        edit.accept(all);
        c.translate(all);
        audit.updated(actor, c, c.getTitle(), before);
    }

    private CaseStudy writable(Actor actor, long id, Long version) {
        CaseStudy c = queries.get(actor, id);
        if (!CaseStudyPolicy.mayAuthor(actor, c)) {
            throw new AccessDeniedException();
        }
        lockedBecause(c).ifPresent(reason -> {
            throw new InvalidInputException(reason);
        });
        Versions.check(c, version);
        return c;
    }

    private void link(CaseStudy c, CaseStudyForm form) {
        Set<Partnership> ps = new LinkedHashSet<>();
        for (Long pid : new LinkedHashSet<>(form.getPartnershipIds())) {
            Partnership p = partnerships.find(pid).orElseThrow(() -> new InvalidInputException("error.caseStudy.link"));
            if (!p.getCountry().equals(c.getCountry())) {
                throw new InvalidInputException("error.caseStudy.link");
            }
            ps.add(p);
        }
        Set<Pilot> pis = new LinkedHashSet<>();
        for (Long pid : new LinkedHashSet<>(form.getPilotIds())) {
            Pilot p = pilots.find(pid).orElseThrow(() -> new InvalidInputException("error.caseStudy.link"));
            if (!p.getCountry().equals(c.getCountry())) {
                throw new InvalidInputException("error.caseStudy.link");
            }
            pis.add(p);
        }
        c.tellAbout(ps, pis);
    }

    private String slug(Country country, String title) {
        return Slugs.of(country.getAlpha2().toLowerCase(Locale.ROOT), title, null, 90, caseStudies::slugTaken);
    }
}
