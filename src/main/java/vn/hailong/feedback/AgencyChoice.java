package vn.hailong.feedback;

/** An agency the citizen can address (public: code and name only). */
public record AgencyChoice(long id, String code, String name) {}
