package vn.hailong.insight;

import java.time.LocalDate;

/**
 * Which rules the citizen's evaluation of a finished dossier follows. Decree 61/2018/NĐ-CP Art. 31 (nine indicators)
 * applies to dossiers finished up to 30/06/2025, and its quarters up to 2025-Q2 stay as they were: read-only. Decree
 * 118/2025/NĐ-CP replaced it from 01/07/2025 (Art. 40): the citizen evaluates the nine contents a–i of Art. 33.
 */
public enum Rulebook {
    DECREE_61,
    DECREE_118;

    /** The last day of Decree 61/2018 (Decree 118/2025 Art. 40: in force from 01/07/2025). */
    public static final LocalDate LAST_DAY_OF_DECREE_61 = LocalDate.of(2025, 6, 30);

    public static Rulebook of(LocalDate finishedOn) {
        return finishedOn.isAfter(LAST_DAY_OF_DECREE_61) ? DECREE_118 : DECREE_61;
    }

    /** A period's rules: those of its last day (quarters never straddle 01/07/2025). */
    public static Rulebook of(Period period) {
        return of(period.to());
    }

    /** The codes of the nine slots: CT1..CT9 under Decree 61, a..i under Art. 33. */
    public java.util.List<String> codes() {
        return this == DECREE_61
                ? java.util.Arrays.stream(Decree61Indicator.values())
                        .map(Decree61Indicator::code)
                        .toList()
                : java.util.Arrays.stream(Art33Content.values())
                        .map(Art33Content::code)
                        .toList();
    }

    /** The message key prefix of the slots' wording ({@code prefix + code}). */
    public String labelPrefix() {
        return this == DECREE_61 ? "decree61.indicator." : "tthcEvaluation.content.";
    }
}
