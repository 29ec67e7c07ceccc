package org.ddmsportal.application.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.ddmsportal.application.editing.EditingService;
import org.ddmsportal.application.editing.Listing;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.DuplicateException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.Links;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetRepository;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.IndicatorCriteria;
import org.ddmsportal.domain.data.IndicatorPolicy;
import org.ddmsportal.domain.data.IndicatorRepository;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.data.SdgEntry;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Scope;

/**
 * Use cases of indicators and their observations: define, import (preview, then all or
 * nothing), read as pages, series and latest values, export. Everyone signed in reads, a partner's
 * contact those {@link IndicatorPolicy} gives them;
 * administrators and NSI users of the indicator's country change them and import. Confidential
 * values are shown only to those who may change the indicator, and never in public exports.
 */
@ApplicationScoped
@Transactional
public class IndicatorService extends EditingService<Indicator, IndicatorForm, IndicatorCriteria> {

    @Inject
    IndicatorRepository indicators;

    @Inject
    DatasetRepository datasets;

    @Inject
    PilotRepository pilots;

    @Inject
    ReferenceRepository reference;

    @Inject
    ObservationStore observations;

    @Inject
    OrganisationRepository organisations;

    public IndicatorService() {
        super(Indicator::getCode, IndicatorPolicy::mayRead, countryManagers(Indicator::getCountry),
                Listing.scopedAlways(IndicatorPolicy::listScope, IndicatorCriteria::fromTable,
                        IndicatorCriteria::withScope));
    }

    @Override
    protected IndicatorRepository records() {
        return indicators;
    }

    /** An indicator by code, for anyone (public exports). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Indicator> byCode(String code) {
        return Indicator.isValidCode(code) ? indicators.findByCode(code) : Optional.empty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SdgEntry> sdgIndicators() {
        return indicators.sdgEntries(SdgEntry.INDICATOR);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SdgEntry> sdgTargets() {
        return indicators.sdgEntries(SdgEntry.TARGET);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SdgEntry> sdgGoals() {
        return indicators.sdgEntries(SdgEntry.GOAL);
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid IndicatorForm form) {
        Country country = actor.isAdmin() && actor.countryCode() == null ? null
                : reference.country(actor.countryCode()).orElse(null);
        Pilot pilot = pilot(form.getPilotId());
        if (pilot != null) {
            country = pilot.getCountry();
        }
        if (country == null) {
            throw new InvalidInputException("error.indicator.country");
        }
        if (!RegistryPolicy.mayEditOrganisationsOf(actor, country)) {
            throw new AccessDeniedException();
        }
        if (indicators.findByCode(form.getCode().strip()).isPresent()) {
            throw new DuplicateException("code");
        }
        Indicator indicator;
        try {
            indicator = new Indicator(form.getCode().strip(), form.localizedName(), form.getUnit(), country);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.indicator.code");
        }
        apply(indicator, form, pilot);
        return add(actor, indicator, indicators::add);
    }

    @Override
    protected void revise(Actor actor, Indicator indicator, IndicatorForm form) {
        if (!indicator.getCode().equals(form.getCode().strip())) {
            throw new InvalidInputException("error.indicator.codeFixed");
        }
        indicator.rename(form.localizedName());
        Pilot pilot = pilot(form.getPilotId());
        if (pilot != null && !pilot.getCountry().equals(indicator.getCountry())) {
            throw new InvalidInputException("error.indicator.pilotCountry");
        }
        apply(indicator, form, pilot);
    }

    private void apply(Indicator indicator, IndicatorForm form, Pilot pilot) {
        SdgEntry sdg = null;
        if (form.getSdgCode() != null && !form.getSdgCode().isBlank()) {
            sdg = indicators.sdg(form.getSdgCode().strip())
                    .filter(s -> SdgEntry.INDICATOR.equals(s.getLevel()))
                    .orElseThrow(() -> new InvalidInputException("error.indicator.sdg"));
        }
        indicator.define(form.getDefinition(), form.getUnit(), sdg, form.getMethodology(), form.getDisaggregations());
        Set<Dataset> sources = new LinkedHashSet<>(datasets.byIds(List.copyOf(new LinkedHashSet<>(form.getDatasetIds()))));
        if (sources.size() != new LinkedHashSet<>(form.getDatasetIds()).size()) {
            throw new InvalidInputException("error.indicator.unknownDataset");
        }
        sources.forEach(d -> Links.sameCountry(indicator.getDatasets().contains(d), d.getCountry(), indicator.getCountry(),
                d.getTitle()));
        indicator.computedFrom(sources, pilot);
    }

    private Pilot pilot(Long id) {
        return id == null ? null : pilots.find(id).orElseThrow(() -> new InvalidInputException("error.dataset.unknownPilot"));
    }

    // --- observations ---------------------------------------------------------------------

    /**
     * Reads a file and reports what an import would do, storing nothing. {@code indicatorId} is
     * the indicator of the page the file is uploaded on: its lines may be for that indicator
     * only. Null means a multi-indicator import (every line names its indicator).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObservationReader.Result preview(@NotNull Actor actor, Long indicatorId, @NotNull Reader file) {
        return reader(actor, indicatorId, new ArrayList<>()).read(file, ObservationSink.NONE);
    }

    /**
     * Imports a file in one transaction: every valid line is written; if any line is invalid
     * the transaction is rolled back and {@link ImportRefusedException} names the problems —
     * nothing is stored. The import is recorded in each indicator's history with its counts.
     */
    @Transactional(rollbackOn = ImportRefusedException.class)
    public ObservationReader.Result importObservations(@NotNull Actor actor, Long indicatorId, @NotNull Reader file,
                                                      String fileName) {
        List<Indicator> touched = new ArrayList<>();
        ObservationReader.Result result = reader(actor, indicatorId, touched).read(file, observations.sink());
        if (!result.valid()) {
            throw new ImportRefusedException(result);
        }
        ImportCounts c = result.counts();
        String description = c.inserted() + " inserted, " + c.updated() + " updated, " + c.deleted() + " deleted, "
                + c.unchanged() + " unchanged; " + result.layout() + ", " + (fileName == null ? "upload" : fileName);
        for (Indicator i : touched) {
            audit.acted(actor, i, i.getCode(), "observationsImported", description);
        }
        return result;
    }

    private ObservationReader reader(Actor actor, Long indicatorId, List<Indicator> touched) {
        return new ObservationReader(code -> indicators.findByCode(code)
                .filter(i -> mayEdit(actor, i))
                .map(i -> {
                    touched.add(i);
                    return new ObservationReader.Target(i.getId(), i.getCode(), i.getUnit());
                }), defaultCode(actor, indicatorId), this::isKnownTerritory);
    }

    /**
     * Whether a territory code is in the registry: an ISO 3166-1 alpha-2 country code, or the
     * territorial code (NUTS/LAU or national) of an organisation. Others are imported with a warning.
     */
    private boolean isKnownTerritory(String code) {
        return (code.length() == 2 && reference.country(code.toUpperCase(java.util.Locale.ROOT)).isPresent())
                || !organisations.withTerritorialCodes(List.of(code)).isEmpty();
    }

    private String defaultCode(Actor actor, Long indicatorId) {
        if (indicatorId == null) {
            return null;
        }
        Indicator indicator = get(actor, indicatorId);
        requireEdit(actor, indicator);
        return indicator.getCode();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Observation> observations(@NotNull Actor actor, long indicatorId, @NotNull PageRequest request) {
        return observations(actor, get(actor, indicatorId), request);
    }

    /** As {@link #observations(Actor, long, PageRequest)}, for the indicator a page has loaded (it is not read again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Observation> observations(@NotNull Actor actor, @NotNull Indicator indicator, @NotNull PageRequest request) {
        return observations.page(indicator.getId(), mayEdit(actor, indicator), request);
    }

    /** Indicators for the public showcase (their public values are open data). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Indicator> publicIndicators(@NotNull PageRequest request) {
        return indicators.search(IndicatorCriteria.fromTable(Scope.all(), request.filters(), request.search()), request);
    }

    /** City names of territorial codes ("RS11" → "Belgrade"), for charts shown without sign-in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> territoryNames(Set<String> codes) {
        Map<String, String> names = new HashMap<>();
        for (var o : organisations.withTerritorialCodes(codes)) {
            names.putIfAbsent(o.getTerritorialCode(), o.getCity() == null ? o.getName() : o.getCity());
        }
        return names;
    }

    /** The public observations of an indicator for the showcase's chart (never confidential ones). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Observation> publicSeries(long indicatorId) {
        return observations.series(indicatorId, false, 5000);
    }

    /** How many territories have public values: the showcase's chart draws the first {@link ObservationStore#SERIES_TERRITORIES}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long publicTerritories(long indicatorId) {
        return observations.territories(indicatorId, false);
    }

    /** Observations for the time-series chart (at most 5,000 points). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Observation> series(@NotNull Actor actor, long indicatorId) {
        return series(actor, get(actor, indicatorId));
    }

    /** As {@link #series(Actor, long)}, for the indicator a page has loaded (it is not read again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Observation> series(@NotNull Actor actor, @NotNull Indicator indicator) {
        return observations.series(indicator.getId(), mayEdit(actor, indicator), 5000);
    }

    /** The latest value of each territory (comparison across cities, map). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Observation> latest(@NotNull Actor actor, long indicatorId) {
        return latest(actor, get(actor, indicatorId));
    }

    /** As {@link #latest(Actor, long)}, for the indicator a page has loaded (it is not read again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Observation> latest(@NotNull Actor actor, @NotNull Indicator indicator) {
        return observations.latest(indicator.getId(), mayEdit(actor, indicator));
    }

    /**
     * The latest value of each territory of each of these indicators (a report's charts), by
     * indicator code: what {@link #latest} gives one by one — confidential values only of the
     * indicators the actor may edit — read in one statement for each of the two kinds, not one
     * (and a look-up) per indicator.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<Observation>> latest(@NotNull Actor actor, @NotNull List<Indicator> list) {
        List<Long> editable = new ArrayList<>();
        List<Long> readable = new ArrayList<>();
        for (Indicator i : list) {
            (mayEdit(actor, i) ? editable : readable).add(i.getId());
        }
        Map<String, List<Observation>> byCode = new HashMap<>();
        for (Observation o : observations.latest(editable, true)) {
            byCode.computeIfAbsent(o.indicatorCode(), k -> new ArrayList<>()).add(o);
        }
        for (Observation o : observations.latest(readable, false)) {
            byCode.computeIfAbsent(o.indicatorCode(), k -> new ArrayList<>()).add(o);
        }
        return byCode;
    }

    /** A city on the map: where it is and the indicator's latest value there. */
    public record MapPoint(String territory, String name, BigDecimal latitude, BigDecimal longitude,
                           Observation latest) {
    }

    /**
     * The latest value of each territory that is an organisation's territorial code with
     * coordinates (the cities), for the map.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MapPoint> mapPoints(@NotNull Actor actor, long indicatorId) {
        return mapPoints(latest(actor, indicatorId));
    }

    /** The map's points of the latest values {@link #latest} answered (a page that has them reads them once). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MapPoint> mapPoints(@NotNull List<Observation> latest) {
        Map<String, Observation> byTerritory = new HashMap<>();
        latest.forEach(o -> byTerritory.put(o.territory(), o));
        List<MapPoint> points = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (var o : organisations.withTerritorialCodes(byTerritory.keySet())) {
            if (placed.add(o.getTerritorialCode())) {
                points.add(new MapPoint(o.getTerritorialCode(), o.getCity() == null ? o.getName() : o.getCity(),
                        o.getCoordinates().getLatitude(), o.getCoordinates().getLongitude(),
                        byTerritory.get(o.getTerritorialCode())));
            }
        }
        return points;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long observationCount(long indicatorId) {
        return observations.count(indicatorId);
    }

    /** Streams an indicator's public observations (never confidential ones), for open exports. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void exportPublic(@NotNull Indicator indicator, @NotNull Consumer<Observation> each) {
        observations.forEach(List.of(indicator.getId()), false, each);
    }
}
