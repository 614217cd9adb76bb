package vn.hailong.dossier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hailong.shared.InvalidInputException;

/**
 * The dossiers of a ledger (form 07) made while the user waits, PDF or Excel: a long period costs seconds of
 * CPU, so the period ({@code hailong.dossier.ledger-max-days}, default 92) and the rows
 * ({@code hailong.dossier.ledger-max-rows}, default 1000) are capped; a longer one is a 400 asking for a
 * shorter period.
 */
@Component
class LedgerRows {

    private final Dossiers dossiers;
    private final int maxDays;
    private final int maxRows;

    LedgerRows(Dossiers dossiers, DossierProperties properties) {
        this.dossiers = dossiers;
        this.maxDays = properties.ledgerMaxDays();
        this.maxRows = properties.ledgerMaxRows();
    }

    List<DossierRow> of(long agencyId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("dossier.ledger.badPeriod");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > maxDays) {
            throw new InvalidInputException("dossier.ledger.tooLong", maxDays, days);
        }
        List<DossierRow> rows = dossiers.list(new DossierFilter(
                agencyId, null, null, null, null, null, from, to, null, null, null, maxRows + 1, null));
        if (rows.size() > maxRows) {
            throw new InvalidInputException("dossier.ledger.tooManyRows", maxRows);
        }
        return rows;
    }
}
