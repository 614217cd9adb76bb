package vn.hailong.insight.query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.access.AgencyScope;

/**
 * One insight query's where-clause and its named parameters, built in one place: the viewer's scope on the agency
 * alias first (fail-closed: an empty scope matches no row), then the filters (unit, agencies, period, officer,
 * procedure…) in the order they are added. The only place in insight that turns an {@link AgencyScope} into SQL.
 *
 * <pre>{@code
 * MeasureQuery q = MeasureQuery.within(scope, "a").unit(codes).between("r.on_day", from, to);
 * jdbc.sql("select … from insight_dossier_day r join agency a on a.id = r.agency_id" + q.where()) …
 * q.bind(spec)
 * }</pre>
 */
public final class MeasureQuery {

    /** A unit: a province, a commune or an agency code, or a code a current unit took over (see the caller). */
    private static final String UNIT =
            "(%1$s.province_code in (:unit) or %1$s.unit_code in (:unit) or %1$s.code in (:unit))";

    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean restricted;

    private MeasureQuery(AgencyScope scope, String alias, String scopeCondition) {
        this.alias = alias;
        conditions.add(scopeCondition);
        parameters.putAll(scope.parameters());
    }

    /** Rows of the agencies the scope covers, through the alias of the joined {@code agency} table. */
    public static MeasureQuery within(AgencyScope scope, String agencyAlias) {
        Objects.requireNonNull(scope, "scope");
        return new MeasureQuery(scope, agencyAlias, scope.predicate(agencyAlias));
    }

    /**
     * Rows whose visibility names the scope over several agency aliases (e.g. an alert rule seen through its agency or
     * through any agency of its province): {@code condition} gets the scope's condition per alias.
     */
    public static MeasureQuery visibleThrough(AgencyScope scope, Function<Function<String, String>, String> condition) {
        Objects.requireNonNull(scope, "scope");
        return new MeasureQuery(scope, null, "(" + condition.apply(scope::predicate) + ")");
    }

    /** In a unit, given by its codes (a unit's code and the codes it took over); none (null) is no condition. */
    public MeasureQuery unit(Collection<String> codes) {
        if (codes != null) {
            conditions.add(UNIT.formatted(Objects.requireNonNull(alias, "unit needs the agency alias")));
            parameters.put("unit", List.copyOf(codes));
        }
        return this;
    }

    /**
     * Limited to agencies resolved beforehand (null: no limit), as {@code :agencyIds}; apply it with {@link
     * #agencyIn} to this query's rows or with {@link #agencyFilter} inside a sub-select.
     */
    public MeasureQuery agencies(List<Long> ids) {
        restricted = ids != null;
        if (restricted) {
            parameters.put("agencyIds", ids);
        }
        return this;
    }

    /** The {@link #agencies} limit on this query's rows. */
    public MeasureQuery agencyIn(String agencyIdColumn) {
        if (restricted) {
            conditions.add(agencyIdColumn + " in (:agencyIds)");
        }
        return this;
    }

    /** The {@link #agencies} limit as a condition to append inside a sub-select ({@code ""} when there is none). */
    public String agencyFilter(String agencyIdColumn) {
        return restricted ? " and " + agencyIdColumn + " in (:agencyIds)" : "";
    }

    /** The period as {@code :from} and {@code :to}, for conditions written in a sub-select. */
    public MeasureQuery period(LocalDate from, LocalDate to) {
        parameters.put("from", Date.valueOf(from));
        parameters.put("to", Date.valueOf(to));
        return this;
    }

    /** {@code column} within the period (both ends included). */
    public MeasureQuery between(String column, LocalDate from, LocalDate to) {
        conditions.add(column + " between :from and :to");
        return period(from, to);
    }

    /** {@code column} equal to {@code value} bound as {@code name}; a null value is no condition. */
    public MeasureQuery is(String column, String name, Object value) {
        if (value != null) {
            conditions.add(column + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** {@code column} in {@code values} bound as {@code name}. */
    public MeasureQuery in(String column, String name, Collection<?> values) {
        conditions.add(column + " in (:" + name + ")");
        parameters.put(name, values);
        return this;
    }

    /** A condition without parameters of its own, or with those given by {@link #param}. */
    public MeasureQuery and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A parameter a condition or the rest of the statement names. */
    public MeasureQuery param(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** {@code " where "} and the conditions. */
    public String where() {
        return " where " + String.join(" and ", conditions);
    }

    /** Binds the parameters of the conditions. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return spec.params(parameters);
    }
}
