package org.ddmsportal.api.v1.agreements;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A party's approval, signature or refusal: the SHA-256 of the document it was shown (from
 * {@code signing-turn}), so that nobody signs a document other than the one sent; a refusal needs
 * a reason.
 */
@Schema(name = "SignatureInput")
public record SignatureInput(String documentSha256,
                             String reason) {

    /** The SHA-256 sent, or {@code ""} when none was (the signing use cases take a non-null one). */
    String shownDocument() {
        return documentSha256 == null ? "" : documentSha256;
    }
}
