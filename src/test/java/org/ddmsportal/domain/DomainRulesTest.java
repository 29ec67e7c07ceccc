package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.domain.audit.FieldChange;
import org.ddmsportal.domain.contact.LanguageSetConverter;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Coordinates;
import org.ddmsportal.domain.shared.LocalizedName;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Role;
import org.junit.jupiter.api.Test;

class DomainRulesTest {

    @Test
    void fieldChangesAreTheFieldsThatDiffer() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("name", "A");
        before.put("city", null);
        before.put("acronym", "X");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("name", "A");
        after.put("city", "Belgrade");
        after.put("acronym", null);
        assertEquals(List.of(new FieldChange("city", null, "Belgrade"), new FieldChange("acronym", "X", null)),
                FieldChange.between(before, after));
        assertEquals(List.of(), FieldChange.between(before, before));
        // blank is empty: nothing to "" is no change, a text cleared is a change to empty
        assertEquals(List.of(), FieldChange.between(Map.of(), Map.of("pilots", "")));
        assertEquals(List.of(new FieldChange("place", "Belgrade", null)),
                FieldChange.between(Map.of("place", "Belgrade"), Map.of("place", " ")));
    }

    @Test
    void whoIsShownByNameWithTheAccountAndANameIsKeptWhole() {
        assertEquals("Ana Petrović (manager.rs)", Actor.shown("manager.rs", "Ana Petrović"));
        assertEquals("manager.rs", Actor.shown("manager.rs", null));
        assertEquals("manager.rs", Actor.shown("manager.rs", "manager.rs"));
        assertEquals("Ana", Actor.kept("Ana", 200));
        assertEquals("ab", Actor.kept("ab\uD83D\uDE00", 3), "a cut never leaves half of a character");
    }

    @Test
    void namesFallBackToEnglish() {
        LocalizedName name = new LocalizedName("Serbia", "Serbie", "Сербия");
        assertEquals("Serbie", name.in(Locale.FRENCH));
        assertEquals("Сербия", name.in(Locale.forLanguageTag("ru")));
        assertEquals("Serbia", name.in(Locale.GERMAN));
        assertThrows(IllegalArgumentException.class, () -> new LocalizedName("Serbia", " ", "Сербия"));
    }

    @Test
    void coordinatesAreGuarded() {
        assertThrows(IllegalArgumentException.class, () -> new Coordinates(BigDecimal.valueOf(91), BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Coordinates(BigDecimal.ZERO, BigDecimal.valueOf(-181)));
        assertEquals("44.8, 20.46", new Coordinates(new BigDecimal("44.8"), new BigDecimal("20.46")).toString());
    }

    @Test
    void anOrganisationIsNeverItsOwnAncestorAndItsParentIsInTheSameCountry() {
        Country rs = new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true);
        Country it = new Country("IT", "ITA", "380", new LocalizedName("Italy", "Italie", "Италия"), true);
        OrganisationType nsi = new OrganisationType("NSI", new LocalizedName("NSI", "INS", "НСВ"), 1);
        Organisation sors = new Organisation(null, "SORS", nsi, rs);
        Organisation office = new Organisation(null, "Office", nsi, rs);
        office.placeUnder(sors);
        assertThrows(IllegalArgumentException.class, () -> sors.placeUnder(office));
        assertThrows(IllegalArgumentException.class, () -> sors.placeUnder(sors));
        assertThrows(IllegalArgumentException.class, () -> office.placeUnder(new Organisation(null, "Istat", nsi, it)));
    }

    @Test
    void languagesAreIsoCodes() {
        assertEquals(Set.of("en", "sr"), LanguageSetConverter.normalise(List.of("EN", " sr ", "")));
        assertThrows(IllegalArgumentException.class, () -> LanguageSetConverter.normalise(List.of("english")));
        LanguageSetConverter converter = new LanguageSetConverter();
        assertEquals("en,fr", converter.convertToDatabaseColumn(Set.of("fr", "en")));
        assertEquals(Set.of("en", "fr"), converter.convertToEntityAttribute("en,fr"));
    }

    @Test
    void pageRequestsAreBounded() {
        PageRequest request = new PageRequest(-5, 1_000_000, null, true, null, "  ");
        assertEquals(0, request.first());
        assertEquals(PageRequest.MAX_SIZE, request.size());
        assertEquals(null, request.search());
        assertEquals(null, request.filter("name"));
    }

    @Test
    void theHeaderShowsTheStrongestRole() {
        Actor actor = new Actor("u", null, null, Set.of(Role.CONTACT, Role.NSI_STAFF), "RS", null);
        assertEquals(Role.NSI_STAFF, actor.primaryRole().orElseThrow());
        assertEquals("u", actor.displayName());
    }
}
