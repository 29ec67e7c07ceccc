package org.ddmsportal.web.agreements;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.agreement.LegalBasisKind;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.agreement.PersonalDataKind;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.web.shared.EditPage;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;

/**
 * /app/agreements/edit?id=… or ?partnership=…: draft an agreement from a template and fill in its
 * parties, dates and terms ({@code AgreementDrafting}). Only drafts are edited; a signed agreement is
 * changed by an amendment.
 */
@Named
@ViewScoped
public class AgreementEditBacking extends EditPage<Agreement, AgreementForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries queries;

    @Inject
    PartnershipService partnerships;

    @Inject
    OrganisationService organisations;

    @Getter @Setter private String partnershipParam;
    private transient List<Organisation> partyOptions;
    /** The ids of the partnership's lead and partners, to tell a party that has left it. */
    private transient Set<Long> memberIds;
    private transient Long partyOptionsOf;
    private transient Map<Long, List<Contact>> contactOptions;

    public AgreementEditBacking() {
        super("agreements", "agreement", AgreementForm::new, AgreementForm::of,
                agreement -> agreement.getReference() + " — " + agreement.getTitle());
    }

    @Override
    protected void prepareNew(AgreementForm form) {
        form.setKind(AgreementKind.DSA);
        form.setPartnershipId(Ids.parse(partnershipParam));
    }

    public void addParty() {
        AgreementForm.PartyRow row = new AgreementForm.PartyRow();
        row.setOrder(getForm().getParties().size() + 1);
        getForm().getParties().add(row);
    }

    public void removeParty(AgreementForm.PartyRow row) {
        getForm().getParties().remove(row);
    }

    /**
     * The lead and the partners of the chosen partnership: the organisations that may be parties.
     * A party the draft already names that is no longer one of them (it left the partnership) is
     * offered too, labelled so ({@link #partyLabel}), so that the user sees whom to replace or
     * remove: saving with it is refused with the parties' rule.
     */
    public List<Organisation> getPartyOptions() {
        Long partnership = getForm() == null ? null : getForm().getPartnershipId();
        if (partnership == null) {
            return List.of();
        }
        if (partyOptions == null || !partnership.equals(partyOptionsOf)) {
            List<Organisation> options = new ArrayList<>(partnerships.find(currentActor.get(), partnership)
                    .map(Partnership::members).orElse(List.of()));
            memberIds = options.stream().map(Organisation::getId).collect(Collectors.toSet());
            getForm().getParties().stream().map(AgreementForm.PartyRow::getOrganisationId)
                    .filter(id -> id != null && !memberIds.contains(id)).distinct()
                    .forEach(id -> organisations.find(currentActor.get(), id).ifPresent(options::add));
            partyOptions = options;
            partyOptionsOf = partnership;
        }
        return partyOptions;
    }

    /** An organisation's label among the party options, saying so when it is not in the partnership. */
    public String partyLabel(Organisation organisation) {
        getPartyOptions();
        return memberIds != null && memberIds.contains(organisation.getId()) ? organisation.getLabel()
                : Texts.get("agreement.party.notMember", organisation.getLabel());
    }

    /** The contacts of a party's organisation, who may sign for it. */
    public List<Contact> contactOptions(Long organisationId) {
        if (organisationId == null) {
            return List.of();
        }
        if (contactOptions == null) {
            contactOptions = new HashMap<>();
        }
        return contactOptions.computeIfAbsent(organisationId, o -> queries.signatoryOptions(currentActor.get(), o));
    }

    /** A new agreement is an MoU or a data-sharing agreement; an amendment stays one (its kind shows as such). */
    public AgreementKind[] getKinds() {
        return getForm() != null && getForm().getKind() == AgreementKind.AMENDMENT
                ? new AgreementKind[] {AgreementKind.AMENDMENT} : new AgreementKind[] {AgreementKind.MOU, AgreementKind.DSA};
    }

    public PartyRole[] getRoles() {
        return PartyRole.values();
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public AccessMethod[] getAccessMethods() {
        return AccessMethod.values();
    }

    public LegalBasisKind[] getLegalBasisKinds() {
        return LegalBasisKind.values();
    }

    public PersonalDataKind[] getPersonalDataKinds() {
        return PersonalDataKind.values();
    }
}
