package org.ddmsportal.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Set;
import org.ddmsportal.domain.shared.Scope;

/**
 * The {@link org.ddmsportal.domain.shared.Scope.Reach#PARTY} read rules of the domain's policies
 * ({@code PartnershipPolicy}, {@code PilotPolicy}, {@code DatasetPolicy}, {@code IndicatorPolicy},
 * {@code DecisionPolicy}) said once in JPQL, for the lists' repositories: a condition on an alias,
 * whose one parameter, the reader's organisation code ({@code Scope.partyOrganisation()}), is
 * named {@code :%1$s} as {@link JpqlWhere#condition(Object, String)} expects. Each is EXISTS on
 * the foreign keys (indexed by their constraints); a rule that builds on another (a pilot on its
 * partnerships) nests the other's condition, with its own aliases ({@code n}: a suffix unique in
 * the query).
 */
final class PartyScopeJpql {

    private static final String ORG = ":%1$s";

    private PartyScopeJpql() {
    }

    /** A partnership {@code p}: its lead or one of its partners is the organisation. */
    static String partnership(String p, String n) {
        String pp = "pp" + n;
        return "(" + p + ".lead.code = " + ORG + " OR EXISTS (SELECT " + pp + " FROM PartnershipPartner " + pp
                + " WHERE " + pp + ".partnership = " + p + " AND " + pp + ".organisation.code = " + ORG + "))";
    }

    /** A pilot {@code p}: its city, lead or a partner is the organisation, or it belongs to a partnership readable. */
    static String pilot(String p, String n) {
        String a = "pa" + n;
        String o = "po" + n;
        String b = "pb" + n;
        String s = "ps" + n;
        return "(" + p + ".city.code = " + ORG + " OR " + p + ".lead.code = " + ORG
                + " OR " + exists("Pilot", a, p, "partners", o, o + ".code = " + ORG)
                + " OR " + exists("Pilot", b, p, "partnerships", s, partnership(s, n + "s")) + ")";
    }

    /**
     * A dataset {@code d}: public, or provided by the organisation, or belonging to a partnership,
     * an agreement the organisation is party to, or a pilot readable. The optional relations are
     * joined inside their subquery (correlated on the dataset), never navigated from {@code d}:
     * a path such as {@code d.agreement.id} is an inner join that drops the datasets without one.
     */
    static String dataset(String d, String n) {
        String s = "ds" + n;
        String sd = "dt" + n;
        String ag = "dg" + n;
        String ad = "da" + n;
        String ap = "dq" + n;
        String p = "dp" + n;
        String pd = "dr" + n;
        return "(" + d + ".confidentiality = org.ddmsportal.domain.agreement.Confidentiality.PUBLIC"
                + " OR " + d + ".provider.code = " + ORG
                + " OR " + exists("Dataset", sd, d, "partnership", s, partnership(s, n + "d"))
                + " OR EXISTS (SELECT " + ap + " FROM Dataset " + ad + " JOIN " + ad + ".agreement " + ag + " JOIN "
                + ag + ".parties " + ap + " WHERE " + ad + " = " + d + " AND " + ap + ".organisation.code = " + ORG + ")"
                + " OR " + exists("Dataset", pd, d, "pilot", p, pilot(p, n + "p")) + ")";
    }

    /** An indicator {@code i}: computed from a dataset readable, or produced by a pilot readable. */
    static String indicator(String i, String n) {
        String a = "ia" + n;
        String d = "id" + n;
        String b = "ib" + n;
        String p = "ip" + n;
        return "(" + exists("Indicator", a, i, "datasets", d, dataset(d, n + "d"))
                + " OR " + exists("Indicator", b, i, "pilot", p, pilot(p, n + "p")) + ")";
    }

    /** A decision {@code d}: of the organisation as a city, or drawing on a pilot or an indicator readable. */
    static String decision(String d, String n) {
        String a = "ea" + n;
        String p = "ep" + n;
        String b = "eb" + n;
        String i = "ei" + n;
        return "(" + d + ".city.code = " + ORG
                + " OR " + exists("Decision", a, d, "pilots", p, pilot(p, n + "p"))
                + " OR " + exists("Decision", b, d, "indicators", i, indicator(i, n + "i")) + ")";
    }

    /**
     * {@code EXISTS} a row {@code x} joined by {@code relation} from a copy
     * ({@code copy}) of {@code entity}'s {@code record}, for which {@code condition} holds: the
     * subquery is correlated on the record, so an optional relation absent drops nothing else.
     */
    private static String exists(String entity, String copy, String record, String relation, String x,
            String condition) {
        return "EXISTS (SELECT " + x + " FROM " + entity + " " + copy + " JOIN " + copy + "." + relation + " " + x
                + " WHERE " + copy + " = " + record + " AND " + condition + ")";
    }

    /**
     * Those of {@code ids} of {@code entity} (alias {@code alias}, as in {@code condition}) the scope
     * reads: all for a scope no organisation restricts, else one query under the condition.
     */
    static Set<Long> readable(EntityManager em, String entity, String alias, String condition, Scope scope,
            Collection<Long> ids) {
        String party = scope.partyOrganisation();
        if (party == null || ids.isEmpty()) {
            return Set.copyOf(ids);
        }
        return Set.copyOf(em.createQuery("SELECT " + alias + ".id FROM " + entity + " " + alias + " WHERE " + alias
                        + ".id IN :ids AND " + String.format(condition, "party"), Long.class)
                .setParameter("ids", ids).setParameter("party", party).getResultList());
    }
}
