package vn.hailong.ballot;

import java.util.List;

/** The count of one questionnaire item: {@code counts.get(0)} slips at level 1 … {@code counts.get(4)} at level 5. */
public record ItemCount(String item, List<Integer> counts) {}
