package vn.ngoaid.aid.project;

import vn.ngoaid.common.label.Labelled;

/** Donors outside the registry, who need no registration to give. */
public enum DonorType implements Labelled {
    OVERSEAS_VIETNAMESE, EMBASSY, DOMESTIC, OTHER;
}
