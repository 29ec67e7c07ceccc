package org.ddmsportal.application.agreement;

/**
 * The portal's ODRL profile (ODRL 2.2 §2.1.1): the one term ODRL lacks for statistical agreements.
 * {@code ddms:minimumCellCount} is a left operand — the smallest number of statistical units
 * (households, persons, enterprises) behind any published cell. ODRL's {@code count} means the number of
 * times an action is exercised, so it cannot carry this. Served at {@code /api/odrl/profile} as Turtle;
 * policies name the profile with {@code odrl:profile}.
 */
public final class OdrlProfile {

    private OdrlProfile() {
    }

    public static String iri(String portalUrl) {
        return portalUrl + "/api/odrl/profile";
    }

    public static String namespace(String portalUrl) {
        return iri(portalUrl) + "#";
    }

    public static String turtle(String portalUrl) {
        return """
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix odrl: <http://www.w3.org/ns/odrl/2/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix ddms: <%2$s> .

                <%1$s> a owl:Ontology ;
                    dcterms:title "DDMS Portal ODRL profile"@en ;
                    rdfs:comment "Terms the portal's data-sharing agreements use beyond the ODRL 2.2 Core and Common Vocabulary."@en .

                ddms:minimumCellCount a odrl:LeftOperand , skos:Concept ;
                    rdfs:isDefinedBy <%1$s> ;
                    rdfs:label "Minimum cell count"@en , "Effectif minimal par cellule"@fr , "Минимальное число единиц в ячейке"@ru ;
                    skos:definition "The smallest number of statistical units (households, persons, enterprises) behind any published cell of a result; the right operand is an xsd:integer."@en ;
                    skos:note "ODRL's count is the number of times an action is exercised and is not used for this."@en .
                """.formatted(iri(portalUrl), namespace(portalUrl));
    }
}
