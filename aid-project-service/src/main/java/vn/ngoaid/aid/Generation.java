package vn.ngoaid.aid;

import jakarta.persistence.EntityManager;
import vn.ngoaid.common.api.ETags;

/**
 * The generation of some data as committed now, kept by the database in a table of counts that triggers raise on
 * every write (aggregate_generation: the aggregates' data, migration V7; project_generation: the projects, V10). The
 * count only grows, and the epoch (the table's file, new after a TRUNCATE or a restore) changes when the count may
 * have started again: the same generation means the same committed writes, in any replica.
 */
public record Generation(long epoch, long count) {

    /** A weak ETag: the same answer to a question at the same generation, in any replica. */
    public String tag() {
        return ETags.weak(epoch + "." + count);
    }

    /** The generation kept in {@code table}. */
    public static Generation of(EntityManager em, String table) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT CAST(pg_relation_filenode('" + table + "') AS bigint), "
                + "coalesce(sum(changes), 0) FROM " + table).getSingleResult();
        return new Generation(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
