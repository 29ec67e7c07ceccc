package org.ddmsportal.domain.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import lombok.Getter;

/**
 * A goal, target or indicator of the UN global SDG indicator framework (codes 11, 11.2,
 * 11.2.1), titled in English, French and Russian. Reference data loaded by migration; read only.
 */
@Entity
@Table(name = "sdg_entry")
public class SdgEntry {

    public static final String GOAL = "GOAL";
    public static final String TARGET = "TARGET";
    public static final String INDICATOR = "INDICATOR";

    @Id
    @Column(name = "code", length = 12)
    @Getter private String code;

    @Column(name = "level", nullable = false, length = 10)
    @Getter private String level;

    @Column(name = "parent_code", length = 12)
    @Getter private String parentCode;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_fr", nullable = false)
    private String titleFr;

    @Column(name = "title_ru", nullable = false)
    private String titleRu;

    @Column(name = "sort_key", nullable = false)
    private int sortKey;

    protected SdgEntry() {
        // for JPA
    }

    /** The goal's number: 11 for 11.2.1. */
    public String getGoal() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    public String titleIn(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "fr" -> titleFr;
            case "ru" -> titleRu;
            default -> titleEn;
        };
    }

    /** "11.2.1 Proportion of population that…" in the given language. */
    public String labelIn(Locale locale) {
        return code + " " + titleIn(locale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SdgEntry other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
