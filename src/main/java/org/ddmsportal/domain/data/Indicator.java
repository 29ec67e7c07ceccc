package org.ddmsportal.domain.data;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.Getter;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.LocalizedName;
import org.ddmsportal.domain.shared.Texts;

/**
 * A local indicator: a unique code (letters, digits, dot, dash, underscore — it is an SDMX code
 * too), names in three languages, definition, unit, the SDG indicator it serves, methodology,
 * the datasets it is computed from and the pilot that produces it. Observations are stored
 * apart (there may be millions); this aggregate does not load them.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends AbstractEntity implements Auditable {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    @Column(name = "code", nullable = false, length = 40)
    @Getter private String code;

    @Embedded
    @Getter private LocalizedName name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id", nullable = false)
    @Getter private Country country;

    @Column(name = "definition", length = Lengths.DESCRIPTION)
    @Getter private String definition;

    @Column(name = "unit", nullable = false, length = 60)
    @Getter private String unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sdg_code")
    @Getter private SdgEntry sdg;

    @Column(name = "methodology", length = Lengths.DESCRIPTION)
    @Getter private String methodology;

    /** Mapped (lazy, column {@code pilot_id}) in {@code META-INF/orm.xml}: see {@link ProducingPilot}. */
    @Getter private ProducingPilot pilot;

    @Column(name = "disaggregations", length = 500)
    @Getter private String disaggregations;

    @ManyToMany
    @JoinTable(name = "indicator_dataset", joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "dataset_id"))
    @OrderBy("title")
    private Set<Dataset> datasets = new LinkedHashSet<>();

    protected Indicator() {
        // for JPA
    }

    public Indicator(String code, LocalizedName name, String unit, Country country) {
        this.code = validCode(code);
        rename(name);
        this.unit = Texts.required(unit, "unit");
        this.country = Objects.requireNonNull(country, "country");
    }

    /** Whether a text is a valid indicator code. */
    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    private static String validCode(String code) {
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("invalid indicator code: " + code);
        }
        return code;
    }

    public final void rename(LocalizedName name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public void define(String newDefinition, String newUnit, SdgEntry newSdg, String newMethodology,
                       String newDisaggregations) {
        if (newSdg != null && !SdgEntry.INDICATOR.equals(newSdg.getLevel())) {
            throw new IllegalArgumentException("an indicator serves an SDG indicator, not a goal or target");
        }
        this.definition = Texts.blankToNull(newDefinition);
        this.unit = Texts.required(newUnit, "unit");
        this.sdg = newSdg;
        this.methodology = Texts.blankToNull(newMethodology);
        this.disaggregations = Texts.blankToNull(newDisaggregations);
    }

    public void computedFrom(Set<Dataset> sources, ProducingPilot producingPilot) {
        this.datasets.clear();
        this.datasets.addAll(sources);
        this.pilot = producingPilot;
    }

    /** Some source dataset is lapsed (its agreement is not in force). */
    public boolean isLapsed(LocalDate today) {
        return datasets.stream().anyMatch(d -> d.isLapsed(today));
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    public List<Dataset> getDatasets() {
        return List.copyOf(datasets);
    }

    /** The snapshot's fields naming other records: its pilot and datasets. */
    @Override
    public Set<String> linkFields() {
        return Set.of("pilot", "datasets");
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("code", code);
        name.putInto(s);
        s.put("country", country.getAlpha2());
        s.put("definition", definition);
        s.put("unit", unit);
        s.put("sdg", sdg == null ? null : sdg.getCode());
        s.put("methodology", methodology);
        s.put("pilot", pilot == null ? null : pilot.getTitle());
        s.put("disaggregations", disaggregations);
        s.put("datasets", Auditable.sortedNames(datasets, Dataset::getTitle, "; "));
        return s;
    }
}
