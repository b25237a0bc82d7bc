package vn.ngoaid.aid.project;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A body in Vietnam that owns, manages or carries out a project. */
@Embeddable
public class Implementer {
    public String name;
    public String localName;
    @Enumerated(EnumType.STRING)
    public ImplementerType type;
    @Enumerated(EnumType.STRING)
    public ImplementerRole role;

    public Implementer() {
    }

    Implementer(String name, String localName, ImplementerType type, ImplementerRole role) {
        this.name = name;
        this.localName = localName;
        this.type = type;
        this.role = role;
    }
}
