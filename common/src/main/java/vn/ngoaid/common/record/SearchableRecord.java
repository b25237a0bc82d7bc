package vn.ngoaid.common.record;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import vn.ngoaid.common.text.SearchText;

/**
 * An audited record searched by {@code q}: on every write the fields it names are folded (see {@link SearchText})
 * into its {@code search_text} column, which list queries match with {@code searchText like :q}.
 */
@MappedSuperclass
public abstract class SearchableRecord extends AuditedRecord {

    @Column(name = "search_text")
    String searchText;

    /** The fields {@code q} searches; null ones are skipped. */
    protected abstract String[] searched();

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = SearchText.of(searched());
    }
}
