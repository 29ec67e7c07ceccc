package org.ddmsportal.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.picker.Picker;
import org.ddmsportal.application.picker.PickerService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.shared.Pick;

/**
 * The autocomplete pickers of one page ({@code p:autoComplete} with {@code ddms:picker}). The
 * forms keep ids, as they did with select menus; this bean answers the typed text with ids
 * ({@link PickerService}, at most 20) and remembers their labels for the rest of the view, so a
 * chosen record keeps its name after a refused save (validation, version conflict) without
 * another query. An id the page has not offered is looked up once, within the picker's scope:
 * a forged id of a record the picker would not offer is refused ({@link #converter}), and no
 * label of it is shown.
 */
@Named("picks")
@ViewScoped
public class Picks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PickerService service;

    @Inject
    CurrentActor currentActor;

    /** Labels by picker and id: what this view offered or showed. */
    private final Map<Picker, Map<Long, String>> labels = new EnumMap<>(Picker.class);

    // completeMethod targets, one per picker (a method expression passes only the query)

    public List<Long> city(String text) {
        return complete(Picker.CITY, text, null);
    }

    public List<Long> decisionCity(String text) {
        return complete(Picker.DECISION_CITY, text, null);
    }

    public List<Long> lead(String text) {
        return complete(Picker.LEAD, text, null);
    }

    public List<Long> organisation(String text) {
        return complete(Picker.ORGANISATION, text, null);
    }

    public List<Long> contactOrganisation(String text) {
        return complete(Picker.CONTACT_ORGANISATION, text, null);
    }

    public List<Long> partnership(String text) {
        return complete(Picker.PARTNERSHIP, text, null);
    }

    public List<Long> dataset(String text) {
        return complete(Picker.DATASET, text, null);
    }

    public List<Long> indicator(String text) {
        return complete(Picker.INDICATOR, text, null);
    }

    public List<Long> pilot(String text) {
        return complete(Picker.PILOT, text, null);
    }

    public List<Long> anyPilot(String text) {
        return complete(Picker.ANY_PILOT, text, null);
    }

    public List<Long> anyIndicator(String text) {
        return complete(Picker.ANY_INDICATOR, text, null);
    }

    public List<Long> caseStudy(String text) {
        return complete(Picker.CASE_STUDY, text, null);
    }

    public List<Long> agreement(String text) {
        return complete(Picker.AGREEMENT, text, null);
    }

    /**
     * The ids of what matches the text (remembering their labels).
     *
     * @param within the form's country when the record must be of it, else null
     */
    public List<Long> complete(Picker picker, String text, String within) {
        List<Pick> found = service.suggest(currentActor.get(), picker, text, within, Texts.locale());
        Map<Long, String> known = known(picker);
        found.forEach(p -> known.put(p.id(), p.label()));
        return found.stream().map(Pick::id).toList();
    }

    /** The label of an id of this picker (empty for one the picker would not offer). */
    public String label(String picker, Object id) {
        Long value = id instanceof Number n ? n.longValue() : Ids.parse(id == null ? null : id.toString());
        if (value == null) {
            return "";
        }
        String label = lookUp(Picker.valueOf(picker), List.of(value)).get(value);
        return label == null ? "" : label;
    }

    /** Loads the labels of ids a form holds in one query (a multiple picker's values). */
    public void prime(String picker, Collection<Long> ids) {
        if (ids != null && !ids.isEmpty()) {
            lookUp(Picker.valueOf(picker), ids);
        }
    }

    /**
     * The ids a saved record already holds in a picker's field, kept as they are: one the reader may
     * not see (a pilot of another partnership, linked by the statistical office) is labelled
     * "(not visible to you)" and accepted when the form comes back unchanged, so the reader can
     * save the record without removing a link they did not make. The service keeps such links too.
     */
    public void keep(String picker, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Picker p = Picker.valueOf(picker);
        Map<Long, String> known = known(p);
        lookUp(p, ids);
        ids.stream().filter(id -> !known.containsKey(id)).forEach(id -> known.put(id, Texts.get("lineage.restricted")));
    }

    /** The converter of a picker's field: ids in, ids out, only ids the picker would offer (or {@link #keep kept}). */
    public Converter<Object> converter(String picker) {
        Picker p = Picker.valueOf(picker);
        return new Converter<>() {
            @Override
            public Object getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                Long id = Ids.parse(value.strip());
                if (id == null || !lookUp(p, List.of(id)).containsKey(id)) {
                    throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            Texts.get("picker.invalid"), Texts.get("picker.invalid")));
                }
                return id;
            }

            /** Any value: after a refused conversion PrimeFaces renders the submitted texts back through here. */
            @Override
            public String getAsString(FacesContext context, UIComponent component, Object value) {
                return value == null ? "" : value.toString();
            }
        };
    }

    private Map<Long, String> lookUp(Picker picker, Collection<Long> ids) {
        Map<Long, String> known = known(picker);
        List<Long> missing = ids.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            service.labels(currentActor.get(), picker, missing, Texts.locale())
                    .forEach(p -> known.put(p.id(), p.label()));
        }
        Map<Long, String> answer = new HashMap<>();
        ids.forEach(id -> {
            if (known.containsKey(id)) {
                answer.put(id, known.get(id));
            }
        });
        return answer;
    }

    private Map<Long, String> known(Picker picker) {
        return labels.computeIfAbsent(picker, k -> new HashMap<>());
    }
}
