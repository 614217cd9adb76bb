package vn.hailong.shared;

import java.util.List;

/** What an import did: good rows taken, bad rows listed with line and reason. */
public record ImportReport(int imported, int unchanged, List<RowError> errors) {

    public int rejected() {
        return errors.size();
    }
}
