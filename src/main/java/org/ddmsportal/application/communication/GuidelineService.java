package org.ddmsportal.application.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.application.editing.EditingService;
import org.ddmsportal.application.editing.Listing;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.Clocks;
import org.ddmsportal.application.shared.Slugs;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCriteria;
import org.ddmsportal.domain.communication.GuidelinePolicy;
import org.ddmsportal.domain.communication.GuidelineRepository;
import org.ddmsportal.domain.communication.GuidelineRevision;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * The guidelines library (WP3), under {@link GuidelinePolicy}: coordinators write it, everyone
 * reads what is published. Every change of a guideline's text is a new revision, kept with the
 * editor's note.
 */
@ApplicationScoped
@Transactional
public class GuidelineService extends EditingService<Guideline, GuidelineForm, GuidelineCriteria> {

    @Inject
    GuidelineRepository guidelines;

    @Inject
    Clock clock;

    public GuidelineService() {
        super(Guideline::getTitle, GuidelinePolicy::mayRead, (actor, guideline) -> GuidelinePolicy.mayEdit(actor),
                Listing.narrowed(GuidelineCriteria::fromTable, GuidelinePolicy::within));
    }

    @Override
    protected GuidelineRepository records() {
        return guidelines;
    }

    @Override
    public boolean mayCreate(@NotNull Actor actor) {
        return GuidelinePolicy.mayEdit(actor);
    }

    /** A published guideline by its address, for the public showcase. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Guideline> publishedBySlug(String slug) {
        return slug == null ? Optional.empty() : guidelines.publishedBySlug(slug);
    }

    /** The published guidelines, one page in the request's order (the library's own by default), for the public showcase. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Guideline> published(@NotNull PageRequest request) {
        return guidelines.search(GuidelineCriteria.all().publishedOnly(true), request);
    }

    /** The guideline's revisions, newest first, if the actor may read it (otherwise "not found"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GuidelineRevision> revisions(@NotNull Actor actor, long id) {
        return guidelines.revisions(get(actor, id).getId());
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid GuidelineForm form) {
        if (!mayCreate(actor)) {
            throw new AccessDeniedException();
        }
        Guideline g = new Guideline(Slugs.of(null, form.getTitle(), "guideline", 100, guidelines::slugTaken),
                form.getTitle(), form.getCategory(), form.getLanguage(), form.getBody());
        g.describe(form.getTitle(), form.getCategory(), form.getLanguage(), form.getSummary());
        g.publish(form.isPublished());
        long id = add(actor, g, guidelines::add);
        guidelines.add(new GuidelineRevision(g, form.getNote(), Clocks.stamp(clock), actor));
        return id;
    }

    /**
     * The update of every aggregate ({@link EditingService#update}: read rule, edit rule, version,
     * audit); then, if the text changed, its new revision with the editor's note, in the order the
     * guideline library always wrote them (the audited change first).
     */
    @Override
    public void update(@NotNull Actor actor, long id, @NotNull @Valid GuidelineForm form) {
        int before = get(actor, id).getRevision();
        super.update(actor, id, form);
        Guideline g = get(actor, id);
        if (g.getRevision() != before) {
            guidelines.add(new GuidelineRevision(g, form.getNote(), Clocks.stamp(clock), actor));
        }
    }

    /** The new text (a new revision number when it changed) and description. */
    @Override
    protected void revise(Actor actor, Guideline g, GuidelineForm form) {
        g.rewrite(form.getTitle(), form.getBody());
        g.describe(form.getTitle(), form.getCategory(), form.getLanguage(), form.getSummary());
        g.publish(form.isPublished());
    }
}
