package vn.ngoaid.aid;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.aid.aggregate.AggregateFilter;
import vn.ngoaid.aid.exchange.ImportMode;
import vn.ngoaid.aid.project.ApprovalLevel;
import vn.ngoaid.aid.project.DonorType;
import vn.ngoaid.aid.project.Modality;
import vn.ngoaid.aid.project.ProjectStatus;
import vn.ngoaid.aid.transaction.TransactionType;
import vn.ngoaid.common.label.Labelled;
import vn.ngoaid.common.label.LabelledEnums;

import java.util.List;

/** The enums of this service's API, listed with their labels at {@code GET /api/v1/reference/enums}. */
@ApplicationScoped
public class AidEnums implements LabelledEnums {

    @Override
    public List<Class<? extends Labelled>> enums() {
        return List.of(Modality.class, ProjectStatus.class, ApprovalLevel.class, DonorType.class, TransactionType.class,
                AggregateFilter.ProvinceVintage.class, ImportMode.class);
    }
}
