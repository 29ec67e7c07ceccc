package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.ddmsportal.application.shared.IdentityAccounts;
import org.ddmsportal.application.workflow.Entered;
import org.ddmsportal.application.workflow.EntryEffects;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.agreement.DocumentKind;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.workflow.WorkflowRepository;

/**
 * What entering a state of {@code workflows/agreement.json} does, as its {@code onEnter} lists:
 * <ul>
 *   <li>{@code discardSignatures} — a new signing round: what the parties did on the previous
 *       document no longer counts, and that document is gone (back to draft, or sent again);</li>
 *   <li>{@code fixDocument} — the PDF is rendered once and stored with its SHA-256: it is what
 *       every party sees and signs; signatory contacts without an account get one;</li>
 *   <li>{@code freezeDocument} — the signed document: the PDF as sent with its certificate of
 *       completion (the lifecycle so far), and for a data-sharing agreement its ODRL twin.</li>
 * </ul>
 */
@ApplicationScoped
public class AgreementEntryEffects implements EntryEffects<Agreement> {

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementDocuments documents;

    @Inject
    AgreementNotifications notifications;

    @Inject
    IdentityAccounts identity;

    @Inject
    WorkflowRepository workflows;

    @Override
    public String workflow() {
        return Agreement.WORKFLOW;
    }

    @Override
    public Class<Agreement> type() {
        return Agreement.class;
    }

    @Override
    public Map<String, Consumer<Entered<Agreement>>> effects() {
        return Map.of("discardSignatures", this::discardSignatures, "fixDocument", this::fixDocument,
                "freezeDocument", this::freezeDocument);
    }

    private void discardSignatures(Entered<Agreement> entered) {
        Agreement a = entered.subject();
        a.resetSignatures();
        agreements.removeDocument(a.getId(), DocumentKind.SENT);
    }

    private void fixDocument(Entered<Agreement> entered) {
        Agreement a = entered.subject();
        for (AgreementParty p : a.signingQueue()) {
            Contact c = p.getContact();
            identity.ensureContactAccount(c.getEmail(), c.getFullName(),
                    p.getOrganisation().getCountry().getAlpha2(), p.getOrganisation().getCode());
        }
        agreements.addDocument(new AgreementDocument(a.getId(), DocumentKind.SENT, documents.pdf(a), entered.at()));
    }

    private void freezeDocument(Entered<Agreement> entered) {
        Agreement a = entered.subject();
        AgreementDocument sent = agreements.document(a.getId(), DocumentKind.SENT)
                .orElseThrow(() -> new IllegalStateException("signed without a document sent: " + a.getReference()));
        String odrlSha = null;
        if (a.isDataSharing()) {
            String odrl = AgreementOdrl.jsonLd(a, notifications.portalUrl());
            agreements.addDocument(new AgreementDocument(a.getId(), DocumentKind.ODRL,
                    odrl.getBytes(StandardCharsets.UTF_8), entered.at()));
            odrlSha = AgreementOdrl.sha256(odrl);
        }
        byte[] signed = documents.withCertificate(a, sent.getContent(), sent.getSha256(),
                workflows.events(Agreement.WORKFLOW, a.getId()), odrlSha);
        agreements.addDocument(new AgreementDocument(a.getId(), DocumentKind.FINAL, signed, entered.at()));
    }
}
