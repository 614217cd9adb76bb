package vn.hailong.catalog;

/** The life event a procedure marks, which may call for a congratulation or condolence letter. */
public enum LifeEvent {
    BIRTH,
    MARRIAGE,
    DEATH,
    NONE
}
