package vn.hailong.catalog;

/** A service field (lĩnh vực), e.g. HO_TICH — Hộ tịch. */
public record ServiceField(String code, String nameVi, String nameEn) {}
