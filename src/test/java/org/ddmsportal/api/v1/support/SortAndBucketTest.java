package org.ddmsportal.api.v1.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SortAndBucketTest {

    private static final Set<String> FIELDS = Set.of("name", "modifiedAt");

    @Test
    void sortOnWhitelistedFieldsOnly() {
        assertNull(Sort.parse(null, FIELDS));
        assertEquals(new Sort("name", true), Sort.parse("name", FIELDS));
        assertEquals(new Sort("modifiedAt", false), Sort.parse("-modifiedAt", FIELDS));
        ApiException unknown = assertThrows(ApiException.class, () -> Sort.parse("o.name; drop", FIELDS));
        assertEquals("sort", unknown.fieldErrors().get(0).field());
        assertEquals(400, unknown.kind().status());
        assertThrows(ApiException.class, () -> Sort.parse("name,-modifiedAt", FIELDS));
    }

    @Test
    void bucketRefusesThenRefills() {
        long t = 0;
        TokenBucket bucket = new TokenBucket(3, 60, t);
        assertEquals(0, bucket.take(t));
        assertEquals(0, bucket.take(t));
        assertEquals(0, bucket.take(t));
        long wait = bucket.take(t);
        assertEquals(20, wait, "one token every 20 s");
        assertTrue(bucket.take(t + TimeUnit.SECONDS.toNanos(19)) > 0);
        assertEquals(0, bucket.take(t + TimeUnit.SECONDS.toNanos(21)));
        assertTrue(bucket.isFull(t + TimeUnit.MINUTES.toNanos(5)));
    }
}
