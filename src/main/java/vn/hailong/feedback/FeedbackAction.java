package vn.hailong.feedback;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** What staff can do to a case, with its name in the API path ({@code POST /api/v1/feedback/{id}/{action}}). */
public enum FeedbackAction {
    ACCEPT("accept"),
    REJECT("reject"),
    ASSIGN("assign"),
    REQUEST_INFO("request-info"),
    ANSWER("answer"),
    PUBLISH("publish"),
    CLOSE("close"),
    REOPEN("reopen"),
    SPAM("spam");

    /** Actions that only the unit leader (or the province, or an administrator) may take. */
    public static final Set<FeedbackAction> LEADERS = Set.of(REJECT, PUBLISH, SPAM);

    private final String path;

    FeedbackAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<FeedbackAction> ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
