package vn.hailong.insight;

/**
 * The monthly (and year-end) classification of an officer: hoàn thành xuất sắc, hoàn thành tốt, hoàn thành,
 * không hoàn thành nhiệm vụ. Shown through {@code classification.<name>} in the bundles.
 */
public enum Classification {
    EXCELLENT,
    GOOD,
    DONE,
    NOT_DONE
}
