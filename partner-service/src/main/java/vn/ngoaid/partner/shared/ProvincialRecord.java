package vn.ngoaid.partner.shared;

import jakarta.persistence.MappedSuperclass;
import vn.ngoaid.common.record.InProvince;
import vn.ngoaid.common.record.SearchableRecord;

/** A searchable record of one Vietnamese province (GSO code), which bounds the province officers who write it. */
@MappedSuperclass
public abstract class ProvincialRecord extends SearchableRecord implements InProvince {

    public String province;

    @Override
    public String province() {
        return province;
    }
}
