package vn.hailong.shared.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Unicode line breaking, except next to a slash: openhtmltopdf's default breaks URLs at every
 * slash, which splits "Ông/Bà" and dates such as "02/10/2026" across lines in running text.
 */
final class LineBreaker implements FSTextBreaker {

    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.forLanguageTag("vi"));
    private String text = "";

    @Override
    public int next() {
        int at = lines.next();
        while (at != BreakIterator.DONE && at > 0 && at < text.length() && nextToSlash(at)) {
            at = lines.next();
        }
        return at;
    }

    private boolean nextToSlash(int at) {
        return text.charAt(at - 1) == '/' || text.charAt(at) == '/';
    }

    @Override
    public void setText(String newText) {
        text = newText;
        lines.setText(newText);
    }
}
