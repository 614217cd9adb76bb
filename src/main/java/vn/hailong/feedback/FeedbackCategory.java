package vn.hailong.feedback;

/** What the citizen brings: a suggestion (góp ý), a complaint (phản ánh), a petition (kiến nghị) or praise. */
public enum FeedbackCategory {
    SUGGESTION,
    COMPLAINT,
    PETITION,
    PRAISE
}
