package vn.hailong.shared.web;

import java.text.ParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * Dates in request parameters ({@code @DateTimeFormat}) are parsed as before but must fall in years
 * 1900–2199: {@code to=99999-01-01} is a 400 (bad parameter) instead of an overflow in SQL or in a loop
 * over days.
 */
final class PlausibleDates implements AnnotationFormatterFactory<DateTimeFormat> {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private final Jsr310DateTimeFormatAnnotationFormatterFactory iso =
            new Jsr310DateTimeFormatAnnotationFormatterFactory();

    @Override
    public Set<Class<?>> getFieldTypes() {
        return iso.getFieldTypes();
    }

    @Override
    public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
        return iso.getPrinter(annotation, fieldType);
    }

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        Parser<?> parser = iso.getParser(annotation, fieldType);
        return (String text, Locale locale) -> {
            Object value = parser.parse(text, locale);
            if (value instanceof TemporalAccessor t && t.isSupported(ChronoField.YEAR)) {
                int year = t.get(ChronoField.YEAR);
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    throw new ParseException("Year " + year + " is outside " + FIRST_YEAR + "-" + LAST_YEAR, 0);
                }
            }
            return value;
        };
    }
}
