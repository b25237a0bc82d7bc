package vn.ngoaid.aid.project;

import vn.ngoaid.common.label.Labelled;

import java.util.Set;

/**
 * The life of a project. A create may record a project at any stage (provinces also enter projects approved years
 * ago); after that only these moves are legal: PROPOSED → APPROVED → ONGOING → COMPLETED, SUSPENDED from and back to
 * APPROVED or ONGOING, CANCELLED from any stage before COMPLETED. COMPLETED and CANCELLED are final.
 */
public enum ProjectStatus implements Labelled {
    PROPOSED, APPROVED, ONGOING, COMPLETED, SUSPENDED, CANCELLED;

    public Set<ProjectStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(APPROVED, CANCELLED);
            case APPROVED -> Set.of(ONGOING, SUSPENDED, CANCELLED);
            case ONGOING -> Set.of(COMPLETED, SUSPENDED, CANCELLED);
            case SUSPENDED -> Set.of(APPROVED, ONGOING, CANCELLED);
            case COMPLETED, CANCELLED -> Set.of();
        };
    }

    public boolean canBecome(ProjectStatus other) {
        return other == this || next().contains(other);
    }

    /** Every stage after the proposal rests on an approval decision. */
    public boolean needsApproval() {
        return this != PROPOSED && this != CANCELLED;
    }

    /** New money can be recorded only on an approved project that has not been cancelled. */
    public boolean acceptsNewMoney() {
        return this != PROPOSED && this != CANCELLED;
    }
}
