package vn.hailong.rating;

import java.util.List;

/** A paper rating slip to print for a dossier: its agency, procedure, items, token (for the QR link) and check code. */
public record BlankSlip(
        String code, String agencyName, String procedureName, String token, List<RatingItem> items, String checkCode) {}
