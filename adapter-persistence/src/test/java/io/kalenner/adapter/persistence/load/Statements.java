package io.kalenner.adapter.persistence.load;

import io.kalenner.adapter.persistence.PostgresPersistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The load driver's opt-in view of what a request sends: {@code pg_stat_statements} (in zonky's
 * binaries), loaded by a first start that sets it and a restart, then read per request.
 */
final class Statements {

    private Statements() {}

    /** Makes the server in the directory load {@code pg_stat_statements} from its next start on. */
    static void preload(Path dataDirectory) throws SQLException {
        try (PostgresPersistence first = PostgresPersistence.embedded(dataDirectory);
                Connection connection = first.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
            statement.execute("ALTER SYSTEM SET pg_stat_statements.track_planning = on");
        }
    }

    static void reset(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The statements since the reset, most called first, with calls per appointment the use case requested. */
    static void print(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        WITH s AS (SELECT calls, plans, mean_exec_time, total_plan_time / greatest(calls, 1) AS plan_per_call, coalesce(query, '(no text) ' || queryid) AS query FROM pg_stat_statements
                                    WHERE coalesce(query, '') NOT LIKE '%pg_stat_statements%'),
                             requests AS (SELECT max(calls) AS n FROM s WHERE query ~ '^(with "held".*)?insert into "public"."appointment" ')
                        SELECT calls, round(calls::numeric / greatest(n, 1), 2) AS per_request, round(mean_exec_time::numeric, 3) AS mean_ms, round(plan_per_call::numeric, 3) AS plan_ms, plans,
                               left(regexp_replace(query, '\\s+', ' ', 'g'), 150) AS query
                        FROM s, requests ORDER BY calls DESC, query LIMIT 40
                        """)) {
            System.out.printf("  %8s %7s %8s %8s %8s  %s%n", "calls", "/req", "exec ms", "plan ms", "plans", "statement");
            while (rows.next()) {
                System.out.printf("  %8d %7s %8s %8s %8d  %s%n", rows.getLong(1), rows.getBigDecimal(2), rows.getBigDecimal(3), rows.getBigDecimal(4),
                        rows.getLong(5), rows.getString(6));
            }
        }
    }
}
