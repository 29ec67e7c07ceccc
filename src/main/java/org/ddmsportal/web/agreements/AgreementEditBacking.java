package org.ddmsportal.web.agreements;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/**
 * /app/agreements/edit?id=… or ?partnership=…: draft an agreement from a template and fill in its
 * parties, dates and terms. Only drafts are edited; a signed agreement is changed by an amendment.
 */
@Named
@ViewScoped
public class AgreementEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementDrafting service;

    @Inject
    AgreementQueries queries;

    @Inject
    CurrentActor currentActor;

    @Inject
    PartnershipService partnerships;

    private String idParam;
    private String partnershipParam;
    private Long id;
    private AgreementForm form;
    private String title;
    private transient List<Organisation> partyOptions;
    private transient Long partyOptionsOf;
    private transient Map<Long, List<Contact>> contactOptions;

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
            if (!(currentActor.get().isAdmin() || currentActor.get().isNsi())) {
                Faces.responseSendError(403, "not allowed");
                return;
            }
            form = new AgreementForm();
            form.setKind(AgreementKind.DSA);
            form.setPartnershipId(Ids.parse(partnershipParam));
            return;
        }
        Agreement agreement = queries.find(currentActor.get(), id).orElse(null);
        if (agreement == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        if (!AgreementPolicy.mayManage(currentActor.get(), agreement)) {
            Faces.responseSendError(403, "not allowed");
            return;
        }
        form = AgreementForm.of(agreement);
        title = agreement.getReference() + " — " + agreement.getTitle();
    }

    public void addParty() {
        AgreementForm.PartyRow row = new AgreementForm.PartyRow();
        row.setOrder(form.getParties().size() + 1);
        form.getParties().add(row);
    }

    public void removeParty(AgreementForm.PartyRow row) {
        form.getParties().remove(row);
    }

    public String save() {
        return Texts.attempt(() -> {
            if (id == null) {
                id = service.create(currentActor.get(), form);
                Texts.info("agreement.created");
            } else {
                service.update(currentActor.get(), id, form);
                Texts.info("saved");
            }
            return "/app/agreements/view?faces-redirect=true&id=" + id;
        });
    }

    /** The lead and the partners of the chosen partnership: the organisations that may be parties. */
    public List<Organisation> getPartyOptions() {
        Long partnership = form == null ? null : form.getPartnershipId();
        if (partnership == null) {
            return List.of();
        }
        if (partyOptions == null || !partnership.equals(partyOptionsOf)) {
            partyOptions = partnerships.find(currentActor.get(), partnership).map(Partnership::members)
                    .orElse(List.of());
            partyOptionsOf = partnership;
        }
        return partyOptions;
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

    public AgreementKind[] getKinds() {
        return new AgreementKind[] {AgreementKind.MOU, AgreementKind.DSA};
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

    public org.ddmsportal.domain.agreement.LegalBasisKind[] getLegalBasisKinds() {
        return org.ddmsportal.domain.agreement.LegalBasisKind.values();
    }

    public org.ddmsportal.domain.agreement.PersonalDataKind[] getPersonalDataKinds() {
        return org.ddmsportal.domain.agreement.PersonalDataKind.values();
    }

    public String getTitle() {
        return id == null ? Texts.get("agreement.new") : title;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getPartnershipParam() {
        return partnershipParam;
    }

    public void setPartnershipParam(String partnershipParam) {
        this.partnershipParam = partnershipParam;
    }

    public AgreementForm getForm() {
        return form;
    }
}
