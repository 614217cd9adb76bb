package vn.hailong.insight;

/** A unit's quarterly Decree 61 classification: xuất sắc, tốt, khá, trung bình, yếu ({@code decree61.class.<name>}). */
public enum Decree61Class {
    EXCELLENT,
    GOOD,
    FAIR,
    AVERAGE,
    WEAK
}
