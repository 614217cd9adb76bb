package vn.hailong.feedback;

/** A file the citizen attached: its name as sent and its bytes (the type is judged by the bytes, not the name). */
public record Upload(String fileName, byte[] content) {}
