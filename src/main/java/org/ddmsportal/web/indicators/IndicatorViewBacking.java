package org.ddmsportal.web.indicators;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.data.ImportProblem;
import org.ddmsportal.application.data.ImportRefusedException;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.data.ObservationStore;
import org.ddmsportal.application.data.ObservationReader;
import org.ddmsportal.application.data.ObservationRow;
import org.ddmsportal.application.data.Utf8Reader;
import org.ddmsportal.application.shared.DdmsException;
import org.ddmsportal.application.shared.Html;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetPolicy;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.ProducingPilot;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.pilot.PilotPolicy;
import org.ddmsportal.web.shared.Charts;
import org.ddmsportal.web.shared.MapSettings;
import org.ddmsportal.web.shared.ServiceLazyModel;
import org.ddmsportal.web.shared.Texts;
import org.ddmsportal.web.shared.ViewPage;

/**
 * /app/indicators/view?id=…: an indicator, its observations (table, time-series chart,
 * comparison across cities, map of the latest values) and the import of observation files:
 * upload, preview (problems per line and column), then import all or nothing.
 */
@Named
@ViewScoped
public class IndicatorViewBacking extends ViewPage<Indicator> {

    private static final long serialVersionUID = 1L;
    static final long MAX_UPLOAD = 200L * 1024 * 1024;

    @Inject
    IndicatorService service;

    @Inject
    MapSettings mapSettings;

    @Getter private ServiceLazyModel<Observation> observations;
    @Getter @Setter private transient Part upload;
    private String uploadPath;
    private String uploadName;
    @Getter private transient ObservationReader.Result preview;

    public IndicatorViewBacking() {
        super("indicators");
    }

    @Override
    protected void loaded(Indicator record) {
        Long id = getId();
        observations = new ServiceLazyModel<>(request -> service.observations(currentActor.get(), getIndicator(), request),
                o -> o.territory() + "|" + o.period());
    }

    public Indicator getIndicator() {
        return record();
    }

    /** The datasets it is computed from that the reader may open. */
    public List<Dataset> getDatasets() {
        return readable("datasets", () -> getIndicator().getDatasets(), DatasetPolicy::mayRead);
    }

    /** The pilot that produces it, if the reader may open it. */
    public ProducingPilot getPilot() {
        return readable(getIndicator().getPilot(), PilotPolicy::mayRead);
    }

    /** Counted once per view (EL reads it several times per render); an import counts again. */
    public long getObservationCount() {
        return once("observationCount", () -> service.observationCount(getId()));
    }

    private List<Observation> series() {
        return once("series", () -> service.series(currentActor.get(), getIndicator()));
    }

    private List<Observation> latest() {
        return once("latest", () -> service.latest(currentActor.get(), getIndicator()));
    }

    /** How many territories the chart draws at most; {@link #getLatest()} has one row per territory. */
    public int getChartTerritories() {
        return ObservationStore.SERIES_TERRITORIES;
    }

    /** Chart.js configuration: one line per territory (at most 12), periods on the x axis. */
    public String getSeriesChart() {
        return Charts.series(series(), this::territoryName, getIndicator().getUnit(), Texts.locale());
    }

    /** Chart.js configuration: the latest value of each territory, side by side. */
    public String getComparisonChart() {
        return Charts.comparison(latest(), this::territoryName, getIndicator().nameIn(Texts.locale()),
                getIndicator().getUnit(), Texts.locale());
    }

    /** "Belgrade (RS11)" where the territory is a city's code; the code otherwise. */
    private String territoryName(String territory) {
        return getMapPoints().stream().filter(p -> p.territory().equals(territory)).findFirst()
                .map(p -> p.name() + " (" + territory + ")").orElse(territory);
    }

    public List<Observation> getLatest() {
        return latest();
    }

    public List<IndicatorService.MapPoint> getMapPoints() {
        return once("mapPoints", () -> service.mapPoints(latest()));
    }

    /**
     * A city's latest value as the reader writes it: "Belgrade: 1,671 kWh (2025)",
     * "Belgrade : 1 671 kWh (2025)" (the language's colon and digit grouping, every decimal kept).
     */
    public String mapLabel(IndicatorService.MapPoint p) {
        return p.name() + Texts.colon() + " " + number(p.latest().value()) + " " + getIndicator().getUnit()
                + " (" + p.latest().period() + ")";
    }

    /** A value as the reader writes numbers ("1 699,5" in French), with the decimals it was given. */
    public String number(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(Texts.locale());
        number.setMinimumFractionDigits(Math.max(0, value.scale()));
        number.setMaximumFractionDigits(Math.max(0, value.scale()));
        return number.format(value);
    }

    /** The map's markers as JSON for portal.js (escaped for the page; shown with textContent). */
    public String getMapJson() {
        JsonArrayBuilder points = Jsons.array();
        for (IndicatorService.MapPoint p : getMapPoints()) {
            points.add(Jsons.object().add("name", p.name()).add("territory", p.territory())
                    .add("lat", p.latitude()).add("lon", p.longitude())
                    .add("value", p.latest().value().toPlainString()).add("period", p.latest().period())
                    .add("label", mapLabel(p)));
        }
        return Html.scriptJson(mapSettings.config()
                .add("unit", getIndicator().getUnit()).add("points", points).build().toString());
    }

    // --- import ---------------------------------------------------------------------------

    /** Keeps the uploaded file (in a temporary file) and previews it: nothing is stored yet. */
    public void previewUpload() {
        preview = null;
        if (upload == null || upload.getSize() == 0) {
            Texts.error("import.noFile");
            return;
        }
        if (upload.getSize() > MAX_UPLOAD) {
            Texts.error("import.tooLarge", 200);
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            if (uploadPath != null) {
                Files.deleteIfExists(Path.of(uploadPath));   // a new preview replaces the last one
            }
            Path file = Files.createTempFile("ddms-import-", ".csv");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            uploadPath = file.toString();
            uploadName = upload.getSubmittedFileName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Texts.attempt(() -> {
            try (Reader reader = new Utf8Reader(Files.newInputStream(Path.of(uploadPath)))) {
                preview = service.preview(currentActor.get(), getId(), reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /**
     * Imports the previewed file: all lines or, if any is wrong, none. A file chosen after the
     * preview is not imported unseen (the previewed one was, before, without a word): it is to be
     * previewed first.
     */
    public void importUpload() {
        if (uploadPath == null) {
            Texts.error("import.noFile");
            return;
        }
        if (upload != null && upload.getSize() > 0) {
            Texts.error("import.previewFirst", upload.getSubmittedFileName(), uploadName);
            return;
        }
        try (Reader reader = new Utf8Reader(Files.newInputStream(Path.of(uploadPath)))) {
            ObservationReader.Result imported = service.importObservations(currentActor.get(), getId(), reader, uploadName);
            preview = null;
            forget("series", "latest", "mapPoints", "observationCount", "history");
            var c = imported.counts();
            Texts.info("import.done", c.inserted(), c.updated(), c.deleted(), c.unchanged());
            Files.deleteIfExists(Path.of(uploadPath));
            uploadPath = null;
        } catch (ImportRefusedException e) {
            preview = e.result();
            Texts.error(e);
        } catch (DdmsException e) {
            Texts.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the file previewed, which Import imports. */
    public String getUploadName() {
        return uploadName;
    }

    public String problemText(ImportProblem p) {
        return Texts.get(p.key(), p.value(), p.expected());
    }

    public List<ImportProblem> getPreviewWarnings() {
        return preview == null ? List.of() : preview.warnings();
    }

    public boolean isPreviewReady() {
        return preview != null && preview.valid() && uploadPath != null;
    }

    public List<ObservationRow> getPreviewRows() {
        return preview == null ? List.of() : preview.preview();
    }
}
