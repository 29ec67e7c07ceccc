package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.agreement.DocumentKind;

/**
 * Public verification: anyone holding a copy of an agreement's PDF checks it against the stored
 * documents, and reads the machine-readable twin (ODRL/DPV) of a signed data-sharing agreement.
 * Reveals nothing but the verdict and the hash.
 */
@ApplicationScoped
@Transactional
public class AgreementVerification {

    /**
     * The largest file checked (25 MiB): larger ones are no agreement of the portal's. The page,
     * the public API and the upload guard's limit for visitors all take it from here.
     */
    public static final int MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

    @Inject
    AgreementRepository agreements;

    /** What a PDF is, for an agreement reference. */
    public enum Verdict {
        /** Exactly the signed document with its certificate of completion. */
        SIGNED,
        /** Exactly the document as sent for signature (without the certificate). */
        SENT,
        /** Not this agreement's document: changed, or another file. */
        DIFFERENT,
        /** No agreement has this reference, or it has not been signed. */
        UNKNOWN
    }

    /** Public: anyone holding a copy can check it. Reveals nothing but the verdict and the hash. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verdict verify(String reference, byte[] pdf) {
        if (reference == null || pdf == null) {
            return Verdict.UNKNOWN;
        }
        Optional<Agreement> agreement = agreements.findByReference(reference.strip().toUpperCase(Locale.ROOT));
        if (agreement.isEmpty() || !agreement.get().isFrozen()) {
            return Verdict.UNKNOWN;
        }
        String sha = AgreementDocument.sha256(pdf);
        long id = agreement.get().getId();
        if (agreements.document(id, DocumentKind.FINAL).map(d -> d.getSha256().equals(sha)).orElse(false)) {
            return Verdict.SIGNED;
        }
        if (agreements.document(id, DocumentKind.SENT).map(d -> d.getSha256().equals(sha)).orElse(false)) {
            return Verdict.SENT;
        }
        return Verdict.DIFFERENT;
    }

    /** Public: the ODRL/DPV JSON-LD of a signed data-sharing agreement, as stored at signature. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> odrl(String reference) {
        return agreements.findByReference(reference.strip().toUpperCase(Locale.ROOT))
                .filter(Agreement::isFrozen)
                .flatMap(a -> agreements.document(a.getId(), DocumentKind.ODRL))
                .map(d -> new String(d.getContent(), StandardCharsets.UTF_8));
    }
}
