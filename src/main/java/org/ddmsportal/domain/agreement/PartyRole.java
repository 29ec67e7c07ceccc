package org.ddmsportal.domain.agreement;

/** How a party takes part: approvers approve before signers sign; copies only receive the result. */
public enum PartyRole {
    APPROVER,
    SIGNER,
    COPY
}
