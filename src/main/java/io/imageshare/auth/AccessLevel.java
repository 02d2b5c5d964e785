package io.imageshare.auth;

/** The access level a vendor's authorisation table gives an action (seeds 002 and 003). */
public enum AccessLevel {
    CREATE, LIST, GET, UPDATE, DELETE,
    /** What the SWAS table writes for its share actions (seed 002). */
    NONE
}
