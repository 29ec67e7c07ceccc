package org.ddmsportal.application.data;

/**
 * Where valid observation rows go while a file is read: the database (in the transaction of
 * the import), or nowhere for a preview. Writes are batched; {@link #finish()} writes the rest.
 * A file never gives the same key twice (the reader refuses it), so a sink may count each row
 * against what was stored before the import.
 */
public interface ObservationSink {

    void accept(ObservationRow row);

    /** Writes what is still buffered; returns what the rows did to the store. */
    ImportCounts finish();

    /** A sink that keeps nothing (validation only). */
    ObservationSink NONE = new ObservationSink() {
        @Override
        public void accept(ObservationRow row) {
            // preview: nothing is written
        }

        @Override
        public ImportCounts finish() {
            return ImportCounts.NONE;
        }
    };
}
