package org.ddmsportal.web.shared;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.application.shared.Editing;
import org.ddmsportal.domain.shared.Actor;
import org.omnifaces.util.Faces;

/**
 * What every edit page ({@code /app/<folder>/edit[?id=…]}) does the same way: read the id
 * parameter, load the form once per view (a new one without an id, 404 for an id the user may
 * not read, 403 for one they may not change, the record's page with the reason for one that
 * cannot change in its present state), title the page, and save — create or update — then
 * show the record's page with a message. A refused save keeps the user's input ({@link Texts#attempt}).
 *
 * <p>The record is found, checked and saved through the {@link Editing} use cases of its service —
 * the one bean that implements {@code Editing<E, F>}, so a page need not name it; a page whose
 * service names them otherwise (or that has its own rule) overrides the hooks instead.
 *
 * @param <E> the record
 * @param <F> its form
 */
public abstract class EditPage<E, F> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentActor currentActor;

    /** The record's service, looked up when a default hook first runs (the type is the subclass's). */
    @Inject
    private Instance<Editing<E, F>> services;

    private final String folder;
    private final String messagePrefix;
    @Getter @Setter private String idParam;
    @Getter private Long id;
    @Getter private F form;
    private String title;
    private final SerializableSupplier<F> blank;
    private final SerializableFunction<E, F> toForm;
    private final SerializableFunction<E, String> toTitle;

    /**
     * @param folder        the folder under /app, e.g. {@code pilots}
     * @param messagePrefix the message keys' prefix, e.g. {@code pilot} for {@code pilot.new} and
     *                      {@code pilot.created}
     * @param newForm       a new, empty form, e.g. {@code DecisionForm::new} (see {@link #prepareNew})
     * @param formOf        the form filled from the record, e.g. {@code DecisionForm::of}
     * @param titleOf       the page's title for the record, e.g. {@code Decision::getTitle}
     */
    protected EditPage(String folder, String messagePrefix, SerializableSupplier<F> newForm,
            SerializableFunction<E, F> formOf, SerializableFunction<E, String> titleOf) {
        this.folder = folder;
        this.messagePrefix = messagePrefix;
        this.blank = newForm;
        this.toForm = formOf;
        this.toTitle = titleOf;
    }

    /**
     * The service behind the page. Only the default hooks call it: a page that overrides all five
     * ({@link #find}, {@link #mayEdit}, {@link #mayCreate}, {@link #create}, {@link #update}) needs
     * no {@code Editing} bean for its record.
     */
    private Editing<E, F> editing() {
        return services.get();
    }

    /** The record, if the user may read it. */
    protected Optional<E> find(long id) {
        return editing().find(currentActor.get(), id);
    }

    /**
     * Whether the user may change this record (its aggregate's policy, in the application
     * layer). A user who may read it but not change it gets 403 and "Not allowed" up front,
     * not a form whose save would be refused with a misleading message.
     */
    protected boolean mayEdit(E record) {
        return editing().mayEdit(currentActor.get(), record);
    }

    /**
     * Why the record cannot be changed in its present state (a message key), or empty: the
     * service's rule ({@link Editing#lockedBecause}), none for a page without an {@code Editing} bean.
     */
    protected Optional<String> lockedBecause(E record) {
        return services.isResolvable() ? editing().lockedBecause(record) : Optional.empty();
    }

    /** Whether the user may record a new one here. */
    protected boolean mayCreate() {
        return editing().mayCreate(currentActor.get());
    }

    /** Records a new one; answers its id. */
    protected long create(F form) {
        return editing().create(currentActor.get(), form);
    }

    protected void update(long id, F form) {
        editing().update(currentActor.get(), id, form);
    }

    /** What a new form starts with besides the blank one, e.g. the user's country (nothing by default). */
    protected void prepareNew(F form) {
    }

    /** The form filled from the record: the constructor's {@code formOf}. */
    protected F formOf(E record) {
        return toForm.apply(record);
    }

    /** viewAction: loads the form once per view, or answers 404 (unknown) or 403 (not allowed). */
    public void load() {
        if (form != null) {
            return;
        }
        id = Ids.parse(idParam);
        if (id == null && idParam != null && !idParam.isBlank()) {
            Faces.responseSendError(404, "not found");
            return;
        }
        if (id == null) {
            if (!mayCreate()) {
                Faces.responseSendError(403, "not allowed");
                return;
            }
            form = blank.get();
            prepareNew(form);
            return;
        }
        E record = find(id).orElse(null);
        if (record == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        if (!mayEdit(record)) {
            Faces.responseSendError(403, "not allowed");
            return;
        }
        Optional<String> locked = lockedBecause(record);
        if (locked.isPresent()) {
            // a signed agreement, a case study in review: its page, saying why, not a form whose save fails
            Texts.error(locked.get());
            Faces.redirect("app/" + folder + "/view?id=" + id);
            return;
        }
        form = formOf(record);
        title = toTitle.apply(record);
    }

    public String save() {
        return Texts.attempt(() -> {
            if (id == null) {
                id = create(form);
                Texts.info(messagePrefix + ".created");
            } else {
                update(id, form);
                Texts.info("saved");
            }
            return "/app/" + folder + "/view?faces-redirect=true&id=" + id;
        });
    }

    /** A use case that deletes a record at the version the user saw, e.g. {@code ContactService::delete}. */
    @FunctionalInterface
    protected interface Deletion {
        void delete(Actor actor, long id, long version);
    }

    /**
     * Deletes the record at the version the user saw, then shows the list with "deleted"; a refusal
     * (e.g. still in use) keeps the page with its message.
     */
    protected String delete(Deletion deletion, long version) {
        return Texts.attempt(() -> deletion.delete(currentActor.get(), id, version),
                "deleted", "/app/" + folder + "/list?faces-redirect=true");
    }

    public String getTitle() {
        return id == null ? Texts.get(messagePrefix + ".new") : title;
    }

    public boolean isNew() {
        return id == null;
    }
}
