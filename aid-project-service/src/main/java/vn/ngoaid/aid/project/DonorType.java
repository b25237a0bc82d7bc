package vn.ngoaid.aid.project;

/** Donors outside the registry, who need no registration to give. */
public enum DonorType {
    OVERSEAS_VIETNAMESE, EMBASSY, DOMESTIC, OTHER
}
