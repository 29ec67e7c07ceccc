package org.ddmsportal.application.shared;

/**
 * A form that changes a record: it carries the version the user started from (none for a new
 * record; another current version means somebody saved in between).
 */
public interface EditForm {

    Long getVersion();
}
