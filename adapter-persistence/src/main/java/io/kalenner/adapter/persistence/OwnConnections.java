package io.kalenner.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection outside the pool, for a holder that keeps it for long (the polling lease, the cache's listener). */
interface OwnConnections {
    Connection open() throws SQLException;
}
