package vn.ngoaid.aid.aggregate;

import vn.ngoaid.aid.project.ApprovalLevel;
import vn.ngoaid.aid.project.ImplementerType;
import vn.ngoaid.aid.project.Modality;
import vn.ngoaid.aid.project.ProjectStatus;
import vn.ngoaid.common.label.Labelled;

import java.util.UUID;

public record AggregateFilter(Integer fromYear, Integer toYear, String province, String sector, Modality modality,
                              String donorCountry, UUID organizationId, String donorType, ApprovalLevel approvalLevel,
                              ProjectStatus status, ImplementerType ownerType,
                              ProvinceVintage provinceVintage) {

    /** Which province codes rows and the province filter use: as recorded, or rolled up to the units since 1 July 2025. */
    public enum ProvinceVintage implements Labelled {
        RECORDED, CURRENT;
    }
}
