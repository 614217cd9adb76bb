package vn.hailong.home;

/**
 * One line of the home page's to-do list: how many things wait ({@code count}, a real count), what they are (a message
 * key, with {@code detail} as its argument when it has one) and the filtered list that shows them.
 */
record ToDo(String key, long count, String href, String detail) {

    ToDo(String key, long count, String href) {
        this(key, count, href, null);
    }
}
