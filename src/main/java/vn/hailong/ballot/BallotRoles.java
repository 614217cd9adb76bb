package vn.hailong.ballot;

import vn.hailong.access.Role;

/** Who may do what with a ballot box and its openings. */
final class BallotRoles {

    /** Register a box, schedule and enter an opening, amend closed minutes. */
    static final Role[] ENTER = {Role.BALLOT_SECRETARY, Role.UNIT_LEADER, Role.SYSTEM_ADMIN};

    /** The second member's check of a tally. */
    static final Role[] CHECK = {Role.BALLOT_SECRETARY, Role.UNIT_LEADER, Role.ONE_STOP_OFFICER, Role.SYSTEM_ADMIN};

    /** Close an opening (reseal) or retire a box. */
    static final Role[] CLOSE = {Role.UNIT_LEADER, Role.SYSTEM_ADMIN};

    private BallotRoles() {}
}
