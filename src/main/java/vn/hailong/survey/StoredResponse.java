package vn.hailong.survey;

/** The id of a stored response and whether this call stored it (false: the same key was seen before). */
public record StoredResponse(long id, boolean created) {}
