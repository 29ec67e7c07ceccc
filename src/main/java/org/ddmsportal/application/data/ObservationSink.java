package org.ddmsportal.application.data;

/**
 * Where valid observation rows go while a file is read: the database (in the transaction of
 * the import), or nowhere for a preview. Writes are batched; {@link #finish()} writes the rest.
 */
public interface ObservationSink {

    void accept(ObservationRow row);

    /** Writes what is still buffered; returns rows written (inserted, replaced or deleted). */
    long finish();

    /** A sink that keeps nothing (validation only). */
    ObservationSink NONE = new ObservationSink() {
        @Override
        public void accept(ObservationRow row) {
            // preview: nothing is written
        }

        @Override
        public long finish() {
            return 0;
        }
    };
}
