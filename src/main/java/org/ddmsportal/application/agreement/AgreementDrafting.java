package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.Editing;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementReference;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.agreement.DataSharingTerms;
import org.ddmsportal.domain.agreement.TermsChecklist;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactRepository;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipRepository;
import org.ddmsportal.domain.shared.Actor;

/**
 * Drafting agreements: a new draft of a partnership, its edits while it is a draft, its terms
 * checked against {@link TermsChecklist}, and the amendment of a signed one. Managed by
 * administrators and the NSI users of the agreement's country ({@link AgreementPolicy}).
 */
@ApplicationScoped
@Transactional
public class AgreementDrafting implements Editing<Agreement, AgreementForm> {

    @Inject
    AgreementQueries queries;

    @Inject
    AgreementRepository agreements;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ContactRepository contacts;

    @Inject
    WorkflowEngine workflow;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The agreement, if the actor may read it ({@link AgreementQueries#find}). */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Agreement> find(@NotNull Actor actor, long id) {
        return queries.find(actor, id);
    }

    /**
     * Whether the actor manages the agreement: the edit page's rule. Only a draft is changed; an
     * agreement past drafting is refused by {@link #update} (its page shows no edit link).
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayEdit(@NotNull Actor actor, @NotNull Agreement agreement) {
        return AgreementPolicy.mayManage(actor, agreement);
    }

    /** Only a draft is changed: a signed one by an amendment, another by returning it to draft first. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> lockedBecause(Agreement agreement) {
        if (agreement.isEditable()) {
            return Optional.empty();
        }
        return Optional.of(agreement.isFrozen() ? "error.agreement.frozen" : "error.agreement.notDraft");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayCreate(@NotNull Actor actor) {
        return AgreementPolicy.mayStartDraft(actor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TermsChecklist.Result checklist(@NotNull Actor actor, long id) {
        return TermsChecklist.check(queries.get(actor, id));
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid AgreementForm form) {
        Partnership partnership = partnerships.find(form.getPartnershipId())
                .orElseThrow(() -> new InvalidInputException("error.agreement.unknownPartnership"));
        if (!AgreementPolicy.mayCreate(actor, partnership)) {
            throw new AccessDeniedException();
        }
        String country = partnership.getCountry().getAlpha2();
        int year = LocalDate.now(clock).getYear();
        var reference = new AgreementReference(country, year, agreements.nextNumber(country, year));
        Agreement agreement;
        try {
            agreement = new Agreement(reference, form.getKind(), form.getTitle(), partnership,
                    workflow.initialState(Agreement.WORKFLOW), actor.email());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.invalidInput");
        }
        apply(agreement, form);
        audit.created(actor, agreement, agreement.getReference(), agreements::add);
        return agreement.getId();
    }

    @Override
    public void update(@NotNull Actor actor, long id, @NotNull @Valid AgreementForm form) {
        Agreement agreement = queries.get(actor, id);
        if (!AgreementPolicy.mayManage(actor, agreement)) {
            throw new AccessDeniedException();
        }
        // a draft sent for signature (or signed) while this form was open: say that, before the version
        // check's "changed meanwhile, reload and apply yours again", which reloading could not honour
        lockedBecause(agreement).ifPresent(reason -> {
            throw new InvalidInputException(reason);
        });
        Versions.check(agreement, form.getVersion());
        // an agreement stays with the partnership it was drafted for; another one sent was ignored without a word
        if (form.getPartnershipId() != null && !form.getPartnershipId().equals(agreement.getPartnership().getId())) {
            throw new InvalidInputException("error.agreement.partnershipFixed");
        }
        var before = agreement.auditSnapshot();
        try {
            agreement.retitle(form.getTitle());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.invalidInput");
        }
        apply(agreement, form);
        audit.updated(actor, agreement, agreement.getReference(), before);
    }

    /** An amendment of a signed agreement: a new draft linked to it, starting from its parties and terms. */
    public long amend(@NotNull Actor actor, long id) {
        Agreement original = queries.get(actor, id);
        if (!AgreementPolicy.mayManage(actor, original)) {
            throw new AccessDeniedException();
        }
        if (!original.isFrozen()) {
            throw new InvalidInputException("error.agreement.amendOnlySigned");
        }
        String country = original.getCountryCode();
        int year = LocalDate.now(clock).getYear();
        var reference = new AgreementReference(country, year, agreements.nextNumber(country, year));
        Agreement amendment = original.amendment(reference, workflow.initialState(Agreement.WORKFLOW), actor.email());
        audit.created(actor, amendment, amendment.getReference(), agreements::add);
        return amendment.getId();
    }

    private void apply(Agreement agreement, AgreementForm form) {
        try {
            agreement.describe(form.getEffectiveDate(), form.getExpiryDate(), form.getRenewalNoticeDays(),
                    form.getReviewDate());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.agreement.dates").at("expiryDate");
        }
        try {
            agreement.replaceTerms(DataSharingTerms.builder()
                    .items(form.getItemsCovered()).purposes(form.getPurposes()).legalBasis(form.getLegalBasis())
                    .legalBasisKind(form.getLegalBasisKind())
                    .personalData(form.getPersonalData(), form.getPersonalDataCategories())
                    .personalDataKind(form.getPersonalDataKind())
                    .confidentiality(form.getConfidentiality(), form.getDisclosureControl(), form.getMinCellCount())
                    .uses(form.getPermittedUses(), form.getProhibitedUses())
                    .access(form.getAccessMethod(), form.getFrequency())
                    .retention(form.getRetentionPeriod(), form.getDeletionDuty())
                    .breaches(form.getBreachProcedure()).proprietaryRights(form.getProprietaryRights())
                    .publication(form.getPublicationAllowed(), form.getPublicationClearance())
                    .costs(form.getCosts()).term(form.getTerm()).build());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.invalidInput");
        }
        List<Agreement.PartyEntry> entries = new ArrayList<>();
        for (AgreementForm.PartyRow row : form.getParties()) {
            Organisation organisation = organisations.find(row.getOrganisationId())
                    .orElseThrow(() -> new InvalidInputException("error.unknownOrganisation"));
            Contact contact = null;
            if (row.getContactId() != null) {
                contact = contacts.find(row.getContactId())
                        .orElseThrow(() -> new InvalidInputException("error.agreement.unknownContact"));
            }
            entries.add(new Agreement.PartyEntry(organisation, contact, row.getRole(), row.getOrder()));
        }
        try {
            agreement.replaceParties(entries);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.agreement.parties");
        }
    }
}
