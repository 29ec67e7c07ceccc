package org.ddmsportal.domain.shared;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The queries behind the portal's autocomplete pickers: a few records of one kind whose name,
 * acronym, code or title matches what the user typed, within a scope the application decides
 * (the domain's read and edit rules). Prefix matches come first, then matches anywhere in the
 * text; records of the preferred country before the others; never more than the limit.
 */
public interface PickerRepository {

    /** What a picker picks. */
    enum Kind { ORGANISATION, PARTNERSHIP, DATASET, INDICATOR, PILOT, CASE_STUDY, AGREEMENT }

    /**
     * Where to look.
     *
     * @param country           only records of this country (ISO alpha-2); null for every country
     * @param preferCountry     records of this country first; null for no preference
     * @param organisationTypes organisations: only these type codes; empty for all
     * @param organisationCode  organisations: only the one with this code; null for no such limit
     * @param visibleToCountry  case studies: published ones, and every one of this country; null for all
     * @param dataSharingOnly   agreements: data-sharing agreements only
     * @param language          the language of names that have one per language (indicators)
     * @param partyOrganisation partnerships, pilots, datasets, indicators: only those a reader restricted
     *                          to this organisation reads ({@link Scope#partyOrganisation()}, the
     *                          aggregates' policies); null for no such limit
     */
    record Scope(String country, String preferCountry, Set<String> organisationTypes, String organisationCode,
                 String visibleToCountry, boolean dataSharingOnly, String language, String partyOrganisation) {

        public Scope {
            organisationTypes = organisationTypes == null ? Set.of() : Set.copyOf(organisationTypes);
        }

        public Scope(String country, String preferCountry, Set<String> organisationTypes, String organisationCode,
                     String visibleToCountry, boolean dataSharingOnly, String language) {
            this(country, preferCountry, organisationTypes, organisationCode, visibleToCountry, dataSharingOnly,
                    language, null);
        }

        public Scope withParty(String organisation) {
            return new Scope(country, preferCountry, organisationTypes, organisationCode, visibleToCountry,
                    dataSharingOnly, language, organisation);
        }
    }

    /** At most {@code limit} records matching the text, prefix matches first. */
    List<Pick> find(Kind kind, String text, Scope scope, int limit);

    /** The records with these ids that are within the scope, with their labels. */
    List<Pick> labels(Kind kind, Collection<Long> ids, Scope scope);
}
