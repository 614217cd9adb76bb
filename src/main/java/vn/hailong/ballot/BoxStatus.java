package vn.hailong.ballot;

/** A box is sealed between openings, open while a session counts it, retired when taken away. */
enum BoxStatus {
    SEALED,
    OPEN,
    RETIRED
}
