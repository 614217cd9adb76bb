package vn.hailong.report;

/** A finished export's file. */
public record ExportFile(String name, String contentType, byte[] content) {}
