package org.ddmsportal.domain.shared;

import java.io.Serializable;

/**
 * One record offered by a picker: its id and the label a user recognises it by (an
 * organisation's name and acronym, a dataset's title, an indicator's code and name). A
 * projection: pickers never load whole records.
 */
public record Pick(long id, String label) implements Serializable {
}
