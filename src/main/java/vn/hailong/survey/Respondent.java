package vn.hailong.survey;

import java.util.Map;

/** One response as the index sees it: its unit and its satisfaction scores by item (absent or null = not valid). */
record Respondent(long agencyId, String unitName, Map<String, Integer> scores) {}
