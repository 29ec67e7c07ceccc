package org.ddmsportal.domain.data;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The portal's one SDMX dataflow, {@value #ID}: dimensions INDICATOR, REF_AREA, TIME_PERIOD;
 * measure OBS_VALUE; attributes UNIT_MEASURE, UNIT_MULT, OBS_STATUS, CONF_STATUS. What SDMX-CSV
 * files may name in STRUCTURE_ID, and how an indicator's free-text unit becomes an SDMX code.
 */
public final class SdmxDataflow {

    public static final String AGENCY = "DDMS";
    public static final String DATAFLOW = "DF_LOCAL_INDICATORS";
    public static final String VERSION = "1.0";
    /** AGENCY:ID(VERSION), as SDMX-CSV 2.0 writes it. */
    public static final String ID = AGENCY + ":" + DATAFLOW + "(" + VERSION + ")";
    public static final String URN = "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + ID;
    /**
     * Where the dataflow's structure is served, below the portal's {@code /api}: SDMX REST's
     * structure query {@code structure/dataflow/{agency}/{id}/{version}}.
     */
    public static final String STRUCTURE_PATH = "/api/structure/dataflow/" + AGENCY + "/" + DATAFLOW + "/" + VERSION;

    /**
     * The STRUCTURE_ID values that name this dataflow: with the version as the portal writes it,
     * in SDMX 3.0's three-part form, or without a version (SDMX-CSV field guide, note 1).
     */
    public static final Set<String> ACCEPTED_IDS = Set.of(ID, AGENCY + ":" + DATAFLOW + "(1.0.0)", AGENCY + ":" + DATAFLOW);

    /** SDMX IDType (common:IDType): what a code may contain. */
    public static final Pattern SDMX_ID = Pattern.compile("[A-Za-z0-9_@$-]+");

    /**
     * Units written as symbols, with their code in the SDMX global code list CL_UNIT
     * (SDMX Global Registry, SDMX:CL_UNIT): percent is PT, per thousand PM.
     */
    private static final Map<String, String> UNIT_SYMBOLS = Map.of("%", "PT", "‰", "PM", "€", "EUR", "$", "USD");

    private SdmxDataflow() {
    }

    public static boolean isThis(String structureId) {
        return ACCEPTED_IDS.contains(structureId);
    }

    /**
     * The SDMX code of an indicator's unit: the symbol's CL_UNIT code ("%" → PT), otherwise the
     * unit in capitals with every character outside IDType as "_" ("kWh" → KWH, "m²" → M_), and a
     * first "-" or "@" as "_" too ("-dB" → _DB): a spreadsheet reads a cell starting with either
     * as a formula, so the code is written into SDMX-CSV as it is, with nothing to protect.
     */
    public static String unitCode(String unit) {
        String u = unit == null ? "" : unit.strip();
        if (UNIT_SYMBOLS.containsKey(u)) {
            return UNIT_SYMBOLS.get(u);
        }
        StringBuilder code = new StringBuilder();
        for (char c : u.toUpperCase(Locale.ROOT).toCharArray()) {
            code.append(c < 128 && SDMX_ID.matcher(String.valueOf(c)).matches() ? c : '_');
        }
        if (!code.isEmpty() && (code.charAt(0) == '-' || code.charAt(0) == '@')) {
            code.setCharAt(0, '_');
        }
        return code.isEmpty() ? "_" : code.toString();
    }

    /** Whether an SDMX-CSV UNIT_MEASURE value names the indicator's unit (its code or its text). */
    public static boolean sameUnit(String given, String indicatorUnit) {
        return given.equals(indicatorUnit == null ? "" : indicatorUnit.strip())
                || given.equalsIgnoreCase(unitCode(indicatorUnit));
    }
}
