package vn.hailong.feedback;

/** A stored attachment; {@code content} is only loaded for a download. */
public record Attachment(long id, String fileName, String contentType, int sizeBytes, byte[] content) {}
