package org.ddmsportal.web.verify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.agreement.AgreementVerification;
import org.ddmsportal.domain.agreement.AgreementDocument;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.ddmsportal.web.shared.Texts;

/**
 * /verify (public, no sign-in): anyone holding a copy of an agreement gives its reference and
 * the PDF and learns whether it is exactly the signed document. Nothing is stored.
 */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    AgreementVerification service;

    @Getter @Setter private String reference;
    @Getter @Setter private Part file;
    @Getter private AgreementVerification.Verdict verdict;
    @Getter private String sha256;

    public void check() throws IOException {
        if (file == null || file.getSize() == 0) {
            Texts.error("verify.file.empty");
            return;
        }
        if (file.getSize() > AgreementVerification.MAX_DOCUMENT_BYTES) {
            Texts.error("verify.file.tooLarge");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(AgreementVerification.MAX_DOCUMENT_BYTES + 1);
        }
        sha256 = AgreementDocument.sha256(content);
        verdict = service.verify(reference, content);
    }
}
