package org.ddmsportal.web.agreements;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.agreement.AgreementSigning;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.shared.ClientAddress;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.workflow.TransitionRefusedException;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.agreement.PartyStatus;
import org.ddmsportal.domain.agreement.TermsChecklist;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipPolicy;
import org.ddmsportal.web.shared.Texts;
import org.ddmsportal.web.shared.ViewPage;

/**
 * /app/agreements/view?id=…: an agreement, what it still lacks, its parties and where each stands,
 * the moves the user may make, and — when it is the user's turn — the signing panel: the exact
 * PDF with its SHA-256, a confirmation, and sign (or approve) or decline with a reason.
 */
@Named
@ViewScoped
public class AgreementViewBacking extends ViewPage<Agreement> {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries queries;

    @Inject
    AgreementSigning signing;

    @Inject
    AgreementDrafting drafting;

    @Inject
    DatasetService datasetService;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddresses;

    @Getter @Setter private String declineReason;
    @Getter @Setter private boolean confirmed;
    /** The hash of the document the user was shown: they sign exactly that. */
    @Getter private String shownSha256;

    public AgreementViewBacking() {
        super("agreements");
    }

    @Override
    protected Optional<Agreement> find(long id) {
        return queries.find(currentActor.get(), id);
    }

    /** The user signs exactly the document shown now. */
    @Override
    protected void loaded(Agreement agreement) {
        shownSha256 = getTurn().map(AgreementSigning.SigningTurn::documentSha256).orElse(null);
    }

    public String sign() {
        if (!confirmed) {
            Texts.error("agreement.sign.confirmRequired");
            return null;
        }
        return Texts.attempt(() -> {
            signing.consent(currentActor.get(), getId(), shownSha256, clientAddress(), request.getHeader("User-Agent"));
        }, "agreement.signed", reload());
    }

    public String decline() {
        return Texts.attempt(() -> {
            try {
                signing.decline(currentActor.get(), getId(), shownSha256, declineReason, clientAddress(),
                        request.getHeader("User-Agent"));
            } catch (TransitionRefusedException e) {
                // a reason missing or too long: said beside its field, marked refused and focused (it was a line at the top)
                throw new InvalidInputException(e.messageKey(), e.arguments()).at("declineReason");
            }
        }, "agreement.declined", reload());
    }

    public String amend() {
        return Texts.attempt(() -> {
            long amendment = drafting.amend(currentActor.get(), getId());
            Texts.info("agreement.amendmentCreated");
            return "/app/agreements/edit?faces-redirect=true&id=" + amendment;
        });
    }

    /** The connection's address (and the client's behind a trusted proxy): see ClientAddress. */
    private String clientAddress() {
        return clientAddresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** The partnership it belongs to, if the reader may open it (a party's contact may not be one of its members). */
    public Partnership getPartnership() {
        return getAgreement() == null ? null : readable(getAgreement().getPartnership(), PartnershipPolicy::mayRead);
    }

    public Agreement getAgreement() {
        return record();
    }

    public boolean isMayManage() {
        return getAgreement() != null && AgreementPolicy.mayManage(currentActor.get(), getAgreement());
    }

    @Override
    protected boolean mayEdit(Agreement agreement) {
        return isMayManage() && agreement.isEditable();
    }

    public boolean isMayAmend() {
        return isMayManage() && getAgreement().isFrozen();
    }

    public TermsChecklist.Result getChecklist() {
        return once("checklist", () -> TermsChecklist.check(getAgreement()));
    }

    public Optional<AgreementSigning.SigningTurn> getTurn() {
        return once("turn", () -> signing.turn(currentActor.get(), getAgreement()));
    }

    public AgreementSigning.SigningTurn getMyTurn() {
        return getTurn().orElse(null);
    }

    /** The party whose turn it is while the agreement is out for signature; none otherwise. */
    public AgreementParty getPartyInTurn() {
        Agreement a = getAgreement();
        return a == null || !Agreement.OUT_FOR_SIGNATURE.equals(a.getStatus()) ? null : a.currentParty().orElse(null);
    }

    /**
     * The organisation that acts before the reader, when the reader signs or approves for a party
     * still waiting: they are told who is first and that they will be e-mailed; none otherwise.
     */
    public String getWaitingFor() {
        AgreementParty inTurn = getPartyInTurn();
        String email = currentActor.get().email();
        if (inTurn == null || email == null || inTurn.isSignatory(email)) {
            return null;
        }
        boolean waiting = getAgreement().signingQueue().stream()
                .anyMatch(p -> p.isSignatory(email) && p.getStatus() == PartyStatus.PENDING);
        return waiting ? inTurn.getOrganisation().getName() : null;
    }

    /** The datasets this agreement governs (flagged while it is not in force). */
    public List<Dataset> getDatasets() {
        return linked("datasets", datasetService::search, "agreement", "title");
    }
}
