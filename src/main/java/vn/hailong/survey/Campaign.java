package vn.hailong.survey;

import java.time.LocalDate;

/** A campaign as stored, with its sample plan's seed and windows so that the sample can be drawn again. */
public record Campaign(
        long id,
        String title,
        String questionnaireCode,
        int questionnaireVersion,
        String provinceCode,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate lookbackFrom,
        LocalDate lookbackTo,
        int excludeMonths,
        long seed,
        String status) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
