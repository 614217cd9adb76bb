package vn.hailong.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The instants at which the date-sensitive test classes run again, each with the demo generated relative to it
 * ({@code hailong.clock.at}). A class opts in with static nested subclasses named {@code …Test}, e.g.
 * {@code @ChosenInstant.NewYear static class AtNewYearTest extends AlertsTest {}}; the whole suite otherwise runs
 * at the fixed instant of {@code application-test.properties}, whatever the machine's date.
 */
public final class ChosenInstant {

    private ChosenInstant() {}

    /** Thursday 31 December 2026, 16:30 in Việt Nam: the month's (and year's) last working day, the ballot boxes' opening. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Inherited
    @TestPropertySource(properties = "hailong.clock.at=2026-12-31T16:30:00+07:00")
    public @interface MonthsLastWorkingDay {}

    /** 1 January 2027, 08:00: a public holiday, a new year with no data yet, and a year whose holidays are not decided. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Inherited
    @TestPropertySource(properties = "hailong.clock.at=2027-01-01T08:00:00+07:00")
    public @interface NewYear {}

    /** Monday 23 February 2026, 07:35: the first working day after the Tết holiday (14–22 February 2026). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Inherited
    @TestPropertySource(properties = "hailong.clock.at=2026-02-23T07:35:00+07:00")
    public @interface AfterTet {}

    /** 30 November 2026, 23:50 UTC: already 1 December (06:50) in Việt Nam while the machine's UTC date is the month's last day. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Inherited
    @TestPropertySource(properties = "hailong.clock.at=2026-11-30T23:50:00Z")
    public @interface MonthsLastDayUtc {}
}
