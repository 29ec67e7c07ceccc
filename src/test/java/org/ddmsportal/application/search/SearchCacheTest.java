package org.ddmsportal.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.ddmsportal.application.shared.DataChanged;
import org.junit.jupiter.api.Test;

/** Recent search answers: reused, bounded, forgotten on a change and when too old. */
class SearchCacheTest {

    private final SearchCache cache = new SearchCache();
    private final AtomicInteger computed = new AtomicInteger();

    SearchCacheTest() {
        cache.seconds = 60;
        cache.clock = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);
    }

    private String answer(Object key) {
        return cache.get(key, () -> "answer " + computed.incrementAndGet());
    }

    @Test
    void theSameSearchIsAnsweredOnceAndAnotherSearchAgain() {
        assertEquals("answer 1", answer("data"));
        assertEquals("answer 1", answer("data"));
        assertEquals("answer 2", answer("energy"));
        assertEquals(2, computed.get());
    }

    @Test
    void aCommittedChangeForgetsEverything() {
        answer("data");
        cache.forget(new DataChanged("CaseStudy"));
        assertEquals("answer 2", answer("data"));
    }

    @Test
    void anAnswerOlderThanTheLimitIsAskedAgain() {
        answer("data");
        cache.clock = Clock.offset(cache.clock, java.time.Duration.ofSeconds(61));
        assertEquals("answer 2", answer("data"));
    }

    @Test
    void atMostTheLimitIsKeptTheLeastRecentlyUsedGoesFirst() {
        for (int i = 0; i <= SearchCache.MAX_ENTRIES; i++) {
            answer(i);
        }
        assertEquals(SearchCache.MAX_ENTRIES, cache.size());
        assertEquals("answer " + (SearchCache.MAX_ENTRIES + 2), answer(0)); // the eldest went
    }
}
