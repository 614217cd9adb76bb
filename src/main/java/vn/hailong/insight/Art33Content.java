package vn.hailong.insight;

/**
 * The nine contents the citizen evaluates under Decree 118/2025/NĐ-CP Art. 33(1)(a)–(i), in the decree's order; the
 * bundles word them as {@code tthcEvaluation.content.<code>} and the counter form ART33 asks them as {@link #item()}.
 */
enum Art33Content {
    /** a) time of returning the result against the rule or the lead agency's request. */
    A("a"),
    /** b) number of agencies contacted to complete the dossier. */
    B("b"),
    /** c) number of contacts with the receiving agency to complete the dossier. */
    C("c"),
    /** d) accuracy, completeness and timeliness of the published procedure information. */
    D("d"),
    /** đ) attitude of the officers who guide, receive and resolve. */
    DD("đ"),
    /** e) lawfulness of the result and the costs, including costs outside the law. */
    E("e"),
    /** g) time and quality of the explanations given to feedback, petitions, complaints and denunciations. */
    G("g"),
    /** h) progress and quality of the online public services. */
    H("h"),
    /** i) other contents. */
    I("i");

    private final String letter;

    Art33Content(String letter) {
        this.letter = letter;
    }

    /** The decree's letter: a, b, c, d, đ, e, g, h, i. */
    public String letter() {
        return letter;
    }

    /** The slot's code in reports and bundles (ASCII): a, b, c, d, dd, e, g, h, i. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The counter form item that asks the citizen about it (form ART33). */
    public String item() {
        return "ART33_" + name();
    }
}
