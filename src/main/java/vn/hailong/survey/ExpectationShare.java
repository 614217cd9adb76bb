package vn.hailong.survey;

/** How many respondents chose an expectation ("should improve …") among those who answered the item. */
record ExpectationShare(String item, int option, String text, long chosen, long answered, Double share) {}
