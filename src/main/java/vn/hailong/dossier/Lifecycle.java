package vn.hailong.dossier;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;

/** Which event may happen in which status: the rules that keep a dossier's history possible. */
final class Lifecycle {

    private static final Set<DossierStatus> WORKING =
            EnumSet.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.AWAITING_PAYMENT);

    private static final Map<EventType, Set<DossierStatus>> ALLOWED = Map.ofEntries(
            Map.entry(EventType.HANDED_OVER, WORKING),
            Map.entry(EventType.SUPPLEMENT_REQUESTED, WORKING),
            Map.entry(EventType.SUPPLEMENT_RECEIVED, EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED)),
            Map.entry(EventType.AWAITING_PAYMENT, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING)),
            Map.entry(EventType.PAYMENT_RECEIVED, EnumSet.of(DossierStatus.AWAITING_PAYMENT)),
            Map.entry(EventType.RESOLVED, WORKING),
            Map.entry(EventType.RETURNED, EnumSet.of(DossierStatus.RESOLVED)),
            Map.entry(
                    EventType.WITHDRAWN,
                    EnumSet.of(
                            DossierStatus.REGISTERED,
                            DossierStatus.RECEIVED,
                            DossierStatus.PROCESSING,
                            DossierStatus.SUPPLEMENT_REQUESTED,
                            DossierStatus.AWAITING_PAYMENT)),
            Map.entry(
                    EventType.REFUSED,
                    EnumSet.of(
                            DossierStatus.REGISTERED,
                            DossierStatus.RECEIVED,
                            DossierStatus.PROCESSING,
                            DossierStatus.SUPPLEMENT_REQUESTED)),
            Map.entry(
                    EventType.STOPPED,
                    EnumSet.of(
                            DossierStatus.PROCESSING,
                            DossierStatus.SUPPLEMENT_REQUESTED,
                            DossierStatus.AWAITING_PAYMENT)),
            Map.entry(
                    EventType.EXTENDED,
                    EnumSet.of(
                            DossierStatus.RECEIVED,
                            DossierStatus.PROCESSING,
                            DossierStatus.SUPPLEMENT_REQUESTED,
                            DossierStatus.AWAITING_PAYMENT)));

    private Lifecycle() {}

    /** Refuses an event the dossier's status does not allow, with a message naming both. */
    static void check(DossierRecord d, EventType type) {
        if (d.status().closed()) {
            throw new ConflictException("dossier.closed", d.code(), label("dossierStatus", d.status()));
        }
        Set<DossierStatus> allowed = ALLOWED.get(type);
        if (allowed == null || !allowed.contains(d.status())) {
            throw new InvalidInputException(
                    "dossier.badTransition", label("eventType", type), label("dossierStatus", d.status()));
        }
    }

    static DefaultMessageSourceResolvable label(String prefix, Enum<?> value) {
        return new DefaultMessageSourceResolvable(new String[] {prefix + "." + value.name()}, value.name());
    }
}
