package org.ddmsportal.web.agreements;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.agreement.AgreementService;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.primefaces.model.file.UploadedFile;

/**
 * /verify (public, no sign-in): anyone holding a copy of an agreement gives its reference and
 * the PDF and learns whether it is exactly the signed document. Nothing is stored.
 */
@Named
@RequestScoped
public class VerifyBacking {

    /** Larger files are no agreement of ours; the upload limit in the view says the same. */
    static final long MAX_BYTES = 25L * 1024 * 1024;

    @Inject
    AgreementService service;

    private String reference;
    private UploadedFile file;
    private AgreementService.Verdict verdict;
    private String sha256;

    public void check() {
        if (file == null || file.getSize() == 0 || file.getSize() > MAX_BYTES) {
            verdict = AgreementService.Verdict.DIFFERENT;
            return;
        }
        byte[] content = file.getContent();
        sha256 = AgreementDocument.sha256(content);
        verdict = service.verify(reference, content);
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public AgreementService.Verdict getVerdict() {
        return verdict;
    }

    public String getSha256() {
        return sha256;
    }
}
