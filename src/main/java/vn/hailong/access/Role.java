package vn.hailong.access;

/** What a user may do; the scope (province or agency) says where. */
public enum Role {
    SYSTEM_ADMIN,
    PROVINCIAL_OFFICIAL,
    UNIT_LEADER,
    ONE_STOP_OFFICER,
    BALLOT_SECRETARY,
    VIEWER,
    /** An integration calling the API with a key; never a person. */
    INTEGRATION;

    public String authority() {
        return "ROLE_" + name();
    }
}
