package vn.ngoaid.aid.project;

import vn.ngoaid.common.label.Labelled;

/** What kind of body an implementer is, as provinces report who carries aid out. */
public enum ImplementerType implements Labelled {
    PROVINCIAL_PEOPLES_COMMITTEE, PROVINCIAL_DEPARTMENT, DISTRICT, COMMUNE, MASS_ORGANIZATION, UNIVERSITY_OR_HOSPITAL,
    NGO, OTHER;
}
