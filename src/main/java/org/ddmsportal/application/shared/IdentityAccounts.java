package org.ddmsportal.application.shared;

/**
 * Sign-in accounts at the identity provider. The portal creates one for a signatory contact who
 * has none, with the contact role, country and organisation, and has the provider send the
 * invitation (set a password) to the contact's e-mail.
 */
public interface IdentityAccounts {

    /**
     * Makes sure a user with this e-mail exists.
     *
     * @return true if an account was created (and the invitation sent), false if it existed
     * @throws IdentityUnavailableException if the identity provider can't be reached or refuses
     */
    boolean ensureContactAccount(String email, String fullName, String countryCode, String organisationCode);
}
