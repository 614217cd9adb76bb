package vn.hailong.shared;

import java.util.List;

/** The JSON shape of every list the API returns: {"items":[...],"total":N}. */
public record ItemList<T>(List<T> items, long total) {

    public static <T> ItemList<T> of(List<T> items) {
        return new ItemList<>(items, items.size());
    }
}
