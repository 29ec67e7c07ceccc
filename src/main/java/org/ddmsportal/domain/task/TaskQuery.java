package org.ddmsportal.domain.task;

import java.time.LocalDate;

/**
 * Which tasks to find for one user, as {@link TaskPolicy} decides them from the user's roles and
 * scope. A {@code null} (or {@code false}) part asks for none of that kind.
 *
 * @param username           drafts created by this user (agreements and case studies)
 * @param draftCountry       …in this country ({@code null}: any — administrators)
 * @param signatoryEmail     agreements whose next approval or signature is this e-mail's
 * @param ownerEmail         reminders of agreements this e-mail owns
 * @param ownerCountry       …in this country ({@code null}: any)
 * @param revisionCountry    case studies sent back for changes in this country
 * @param reviewer           case studies submitted (to any coordinator), or in review/resubmitted to this reviewer
 * @param clearingOrganisation case studies waiting for this organisation's clearance
 * @param today              the day reminders are due by
 * @param reviewNoticeDays   how long before its review date an agreement's review is due
 */
public record TaskQuery(String username, String draftCountry, String signatoryEmail, String ownerEmail,
                        String ownerCountry, String revisionCountry, String reviewer, String clearingOrganisation,
                        LocalDate today, int reviewNoticeDays) {
}
