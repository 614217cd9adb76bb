package vn.hailong.ballot.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import vn.hailong.ballot.BallotBox;
import vn.hailong.ballot.SessionFilter;
import vn.hailong.ballot.SessionStatus;
import vn.hailong.shared.InvalidInputException;

/**
 * The list of openings' query parameters, as the page and the API take them (every one optional):
 * {@code ?agency=&desk=&status=&month=&overdue=} (the sort and page: {@link vn.hailong.shared.ListParams}). Without
 * {@code month} the list shows the current month, as it always did; {@code month=} (blank) shows every month.
 */
record SessionListQuery(Long agency, Long desk, SessionStatus status, String month, Boolean overdue) {

    /** The month asked for: {@code current} when not given, null (every month) when blank. */
    YearMonth month(YearMonth current) {
        if (month == null) {
            return current;
        }
        if (month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("ballot.list.badMonth", month);
        }
    }

    SessionFilter filter(YearMonth period) {
        return new SessionFilter(agency, desk, status, period, overdue);
    }

    /** The desks the boxes stand at, by id, for the desk filter. */
    static Map<Long, String> desks(List<BallotBox> boxes) {
        Map<Long, String> desks = new java.util.LinkedHashMap<>();
        boxes.stream()
                .filter(b -> b.deskId() != null)
                .forEach(b -> desks.putIfAbsent(b.deskId(), b.agencyName() + " · " + b.deskName()));
        return desks;
    }
}
