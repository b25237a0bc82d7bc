package vn.ngoaid.common.api;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures are the database being away or overloaded (503, nothing stored) rather than a server error. */
class DatabaseUnreachableTest {

    @Test
    void aLostConnectionAShutdownAndAnEmptyPoolAre503() {
        assertTrue(ProblemMappers.databaseUnreachable(new SQLException("Connection refused", "08001")));
        assertTrue(ProblemMappers.databaseUnreachable(new SQLException("terminating connection", "57P01")));
        // as Hibernate wraps Agroal's answer when every pooled connection stayed busy
        assertTrue(ProblemMappers.databaseUnreachable(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(ProblemMappers.databaseUnreachable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMappers.databaseUnreachable(new SQLException("division by zero", "22012")));
        assertFalse(ProblemMappers.databaseUnreachable(new IllegalStateException("no")));
    }
}
