package org.ddmsportal.application.shared;

import java.util.Objects;
import org.ddmsportal.domain.reference.Country;

/**
 * The rule of a record's links to other records of the register (a pilot's partnerships and
 * datasets, an indicator's source datasets, a decision's pilots and indicators): a record newly
 * linked is of the same country, as the form's pickers offer them; a link the record already had
 * stays, whoever saves. Without it a request that names ids the picker would not offer (the REST
 * API, a forged form) hung one country's pilot under another's partnership.
 */
public final class Links {

    private Links() {
    }

    /**
     * Refuses a new link to a record of another country ({@code error.link.otherCountry}, naming it).
     *
     * @param kept whether the record already had this link
     */
    public static void sameCountry(boolean kept, Country linked, Country own, String title) {
        if (!kept && linked != null && own != null && !Objects.equals(linked, own)) {
            throw new InvalidInputException("error.link.otherCountry", title);
        }
    }
}
