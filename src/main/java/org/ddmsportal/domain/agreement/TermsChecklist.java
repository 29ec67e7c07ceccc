package org.ddmsportal.domain.agreement;

import java.util.List;
import java.util.function.Predicate;

/**
 * What an agreement must say before it goes out for signature. Two sources: the six issues of
 * the Contracts for Data Collaboration (use, access, breaches, proprietary rights, publication,
 * deletion) and the fields of the UK ICO's data-sharing agreement checklist (parties, purpose,
 * data items, lawful basis, personal data, frequency, retention, review). A memorandum of
 * understanding is checked for what every agreement needs (its parties, their signatories, its
 * dates); a data-sharing agreement (and an amendment of one) for all.
 */
public final class TermsChecklist {

    /** Where an item comes from; the UI groups by it. */
    public enum Source {
        GENERAL,
        CDC,
        ICO
    }

    /** One item: its key ({@code checklist.<key>} in the bundles), its source, and whether it is met. */
    public record Item(String key, Source source, boolean met) {
    }

    /** The items, and the score as the share met. */
    public record Result(List<Item> items) {

        public List<Item> missing() {
            return items.stream().filter(i -> !i.met()).toList();
        }

        public int percent() {
            if (items.isEmpty()) {
                return 100;
            }
            return (int) Math.round(100.0 * items.stream().filter(Item::met).count() / items.size());
        }

        public boolean complete() {
            return missing().isEmpty();
        }
    }

    private record Rule(String key, Source source, boolean dataSharingOnly, Predicate<Agreement> met) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("signer", Source.GENERAL, false,
                    a -> a.getParties().stream().anyMatch(p -> p.getRole() == PartyRole.SIGNER)),
            // an agreement is between organisations (each a party once): one alone has nobody to agree with
            new Rule("parties", Source.ICO, false,
                    a -> a.getParties().stream().filter(p -> p.getRole() != PartyRole.COPY).count() >= 2),
            new Rule("signatories", Source.GENERAL, false,
                    a -> a.getParties().stream().allMatch(p -> p.getRole() == PartyRole.COPY || p.getContact() != null)),
            new Rule("effectiveDate", Source.GENERAL, false, a -> a.getEffectiveDate() != null),
            new Rule("expiryOrReview", Source.ICO, false, a -> a.getExpiryDate() != null || a.getReviewDate() != null),
            new Rule("purposes", Source.ICO, true, a -> a.getTerms().getPurposes() != null),
            new Rule("itemsCovered", Source.ICO, true, a -> a.getTerms().getItemsCovered() != null),
            new Rule("legalBasis", Source.ICO, true, a -> a.getTerms().getLegalBasis() != null),
            new Rule("personalData", Source.ICO, true, a -> a.getTerms().getPersonalData() != null
                    && (!a.getTerms().getPersonalData() || a.getTerms().getPersonalDataCategories() != null)),
            new Rule("frequency", Source.ICO, true, a -> a.getTerms().getFrequency() != null),
            new Rule("use", Source.CDC, true, a -> a.getTerms().getPermittedUses() != null
                    && a.getTerms().getProhibitedUses() != null),
            new Rule("confidentiality", Source.CDC, true, a -> a.getTerms().getConfidentiality() != null
                    && (a.getTerms().getConfidentiality() == Confidentiality.PUBLIC
                    || a.getTerms().getDisclosureControl() != null || a.getTerms().getMinCellCount() != null)),
            new Rule("access", Source.CDC, true, a -> a.getTerms().getAccessMethod() != null),
            new Rule("breaches", Source.CDC, true, a -> a.getTerms().getBreachProcedure() != null),
            new Rule("proprietaryRights", Source.CDC, true, a -> a.getTerms().getProprietaryRights() != null),
            new Rule("publication", Source.CDC, true, a -> a.getTerms().getPublicationAllowed() != null
                    && a.getTerms().getPublicationClearance() != null),
            new Rule("deletion", Source.CDC, true, a -> a.getTerms().getRetentionPeriod() != null
                    && a.getTerms().getDeletionDuty() != null));

    private TermsChecklist() {
    }

    public static Result check(Agreement agreement) {
        boolean dataSharing = agreement.isDataSharing();
        return new Result(RULES.stream()
                .filter(r -> dataSharing || !r.dataSharingOnly())
                .map(r -> new Item(r.key(), r.source(), r.met().test(agreement)))
                .toList());
    }
}
