package vn.hailong.access;

import java.time.LocalDate;

/** What the audit log page is narrowed to (every part optional): an action and a range of days (both included). */
public record AuditFilter(String action, LocalDate from, LocalDate to) {}
