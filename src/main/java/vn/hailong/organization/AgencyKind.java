package vn.hailong.organization;

import java.util.Set;

/**
 * What an agency is; procedures name the kinds that perform them. The one-stop bodies of Decree 118/2025/NĐ-CP
 * Art. 7: the provincial Public Administration Service Centre ({@link #SERVICE_CENTER}, under the Office of the
 * provincial People's Committee, or the single-level centre of a centrally run city that chooses it) with its
 * {@link #CENTRE_BRANCH branches}; the {@link #COMMUNE_CENTRE commune-level centre} under the commune People's
 * Committee, with its {@link #RECEIVING_POINT receiving points} (Art. 7(3)(b)). Shown by the
 * {@code agencyKind.*} messages, never by the code.
 */
public enum AgencyKind {
    COMMUNE_PC,
    PROVINCE_PC,
    DEPARTMENT,
    SERVICE_CENTER,
    COMMUNE_CENTRE,
    RECEIVING_POINT,
    CENTRE_BRANCH;

    /** The kind a one-stop body of this kind sits under ({@code null}: none, it stands alone). */
    public AgencyKind parentKind() {
        return switch (this) {
            case COMMUNE_CENTRE -> COMMUNE_PC;
            case RECEIVING_POINT -> COMMUNE_CENTRE;
            case CENTRE_BRANCH -> SERVICE_CENTER;
            default -> null;
        };
    }

    /**
     * Receives dossiers at its desks, for itself and for other agencies of the province: a one-stop body, or a
     * commune People's Committee whose desks stand for its centre until the centre is recorded apart.
     */
    public boolean receives() {
        return oneStop() || this == COMMUNE_PC;
    }

    /** A one-stop body: it receives dossiers and returns results, so it has desks. */
    public boolean oneStop() {
        return ONE_STOP.contains(this);
    }

    private static final Set<AgencyKind> ONE_STOP =
            Set.of(SERVICE_CENTER, COMMUNE_CENTRE, RECEIVING_POINT, CENTRE_BRANCH);
}
