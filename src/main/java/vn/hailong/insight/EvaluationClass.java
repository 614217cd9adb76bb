package vn.hailong.insight;

/** A unit's quarterly Decree 61 classification: xuất sắc, tốt, khá, trung bình, yếu ({@code decree61.class.<name>}). */
public enum EvaluationClass {
    EXCELLENT,
    GOOD,
    FAIR,
    AVERAGE,
    WEAK
}
