package org.ddmsportal.api.v1.agreements;

import org.ddmsportal.application.agreement.AgreementSigning;
import org.ddmsportal.domain.agreement.PartyRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the caller may approve or sign now, as which party, and the document to sign. */
@Schema(name = "SigningTurn")
public record SigningTurnDto(boolean yourTurn, PartyRole role,
                             String organisation,
                             String documentSha256) {

    static final SigningTurnDto NONE = new SigningTurnDto(false, null, null, null);

    static SigningTurnDto of(AgreementSigning.SigningTurn turn) {
        return new SigningTurnDto(true, turn.role(), turn.organisation(), turn.documentSha256());
    }
}
