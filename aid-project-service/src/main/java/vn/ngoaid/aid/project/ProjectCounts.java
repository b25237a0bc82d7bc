package vn.ngoaid.aid.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.ngoaid.aid.Generation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How many projects a list's filter matches, kept while no project has changed. A provincial system pages through
 * the same filter page after page, and on a million projects an exact count of a broad filter reads tens of thousands
 * of rows each time. Each count is kept with the projects' generation (migration V10) read before it was made and given
 * again only while the generation read for a later request is the same, so it stays exact in any replica.
 */
@ApplicationScoped
public class ProjectCounts {

    /** Filters whose counts are kept; the least recently asked go first. */
    static final int KEPT = 1000;

    private record Count(Generation generation, long count) {
    }

    private final EntityManager em;
    private final Map<Object, Count> counts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Count> eldest) {
            return size() > KEPT;
        }
    };

    public ProjectCounts(EntityManager em) {
        this.em = em;
    }

    /** The count of {@code filter}: kept from an earlier request while the projects are unchanged, else counted now. */
    public long of(Object filter, LongSupplier count) {
        Generation generation = Generation.of(em, "project_generation");
        synchronized (counts) {
            Count kept = counts.get(filter);
            if (kept != null && kept.generation().equals(generation)) {
                return kept.count();
            }
        }
        long counted = count.getAsLong();
        synchronized (counts) {
            counts.put(filter, new Count(generation, counted));
        }
        return counted;
    }
}
