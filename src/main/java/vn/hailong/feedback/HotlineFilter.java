package vn.hailong.feedback;

/** What the hotline list is narrowed to (every part optional): one unit, or the units of one level. */
public record HotlineFilter(Long agency, HotlineLevel level) {}
