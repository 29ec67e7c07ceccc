package org.ddmsportal.domain.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ddmsportal.domain.partnership.PartnershipHealth;
import org.ddmsportal.domain.partnership.PipelineStage;

/**
 * The dashboards' figures, each computed by the database (GROUP BY, COUNT, window functions) in a
 * fixed number of queries, whatever the number of records: no method loads the records it counts.
 * A {@code country} is an alpha-2 code, or {@code null} for all countries; {@code today} is the
 * day the date rules are evaluated on.
 */
public interface DashboardRepository {

    /** A count under a key and an optional sub-key (a stage; a phase and a status; a category and a phase). */
    record Tally(String key, String sub, long count) {
    }

    /** A partnership at a stage of the pipeline, with how many share the stage and its computed status. */
    record StalledPartnership(long id, String title, PipelineStage stage, long stageCount, Instant lastActivity,
                              PartnershipHealth.Status health) {
    }

    /** Agreements' deadlines: in force and expiring within 30/60/90 days, reviews due within 30 days (or past), out for signature. */
    record AgreementDeadlines(long expiring30, long expiring60, long expiring90, long reviewsDue, long outForSignature) {
    }

    /** An agreement out for signature: whose turn it is and since when it waits for them. */
    record PendingSignature(long agreementId, String reference, String title, String organisation, String contact,
                            Instant since) {
    }

    /** Milestones past due and not done, and the pilots they belong to. */
    record OverdueCount(long milestones, long pilots) {
    }

    record OverdueMilestone(long pilotId, String pilot, String milestone, LocalDate due) {
    }

    /** Datasets whose agreement is not in force ({@code lapsed}) and datasets from a non-NSI provider with no agreement. */
    record DatasetCoverage(long lapsed, long uncovered) {
    }

    record CityPoint(long cityId, String name, String country, double latitude, double longitude, long pilots) {
    }

    record ReviewItem(long id, String title, String country, String status, Instant since, long total) {
    }

    /** One cell of the cross-country table: kind ({@code partnerships}, {@code agreementsSigned}, {@code pilots}, {@code caseStudies}, {@code activity}). */
    record CountryTally(String kind, String country, String sub, long count, Instant last) {
    }

    /** Time pilots spent in a GSBPM phase in a country: the stays (finished or current) and their days in total. */
    record PhaseTime(String country, int phase, long stays, long days) {
    }

    /** Up to {@code perStage} partnerships per stage, stalled longest first (oldest last activity), with each stage's count. */
    List<StalledPartnership> pipeline(String country, LocalDate today, int perStage);

    /** Open partnerships per computed status ({@link PartnershipHealth}). */
    List<Tally> health(String country, LocalDate today);

    AgreementDeadlines agreementDeadlines(String country, LocalDate today);

    /** The agreements out for signature waiting longest. */
    List<PendingSignature> pendingSignatures(String country, int limit);

    /** Pilots per GSBPM phase (key) and status (sub). */
    List<Tally> pilotsByPhaseAndStatus(String country);

    OverdueCount overdueMilestones(String country, LocalDate today);

    /** The oldest overdue milestones. */
    List<OverdueMilestone> oldestOverdueMilestones(String country, LocalDate today, int limit);

    DatasetCoverage datasetCoverage(String country, LocalDate today);

    /** Cities with pilots and coordinates, with their number of pilots. */
    List<CityPoint> pilotCities(String country, int limit);

    /** Case studies waiting for a coordinator (submitted, in review, resubmitted), waiting longest first; each row carries the total. */
    List<ReviewItem> reviewQueue(int limit);

    /** The cross-country table, by country. */
    List<CountryTally> crossCountry();

    /** Days spent per GSBPM phase per country, from the pilots' phase history; current stays count until {@code now}. */
    List<PhaseTime> phaseTimes(Instant now);

    /** Lessons per category (key) and GSBPM phase code (sub; null when none). */
    List<Tally> lessonsByCategoryAndPhase();
}
