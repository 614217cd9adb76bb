package vn.hailong.organization;

/**
 * The one-stop body that receives dossiers and returns results (Decree 118/2025/NĐ-CP Art. 3(3), Art. 7): the heading
 * of the forms it issues and its name in running text, e.g. "Trung tâm Phục vụ hành chính công phường Hồng Gai".
 */
public record OneStopBody(Letterhead letterhead, String name) {

    /** The name Decree 118/2025/NĐ-CP Art. 7 gives the provincial and commune-level centres. */
    public static final String CENTRE = "Trung tâm Phục vụ hành chính công";
}
