package vn.ngoaid.registry.organization;

import vn.ngoaid.common.label.Labelled;

public enum OrganizationStatus implements Labelled {
    ACTIVE, INACTIVE;
}
