package vn.hailong.calendar;

/**
 * A date in the Vietnamese lunisolar calendar (âm lịch).
 *
 * @param year  lunar year, numbered like the solar year in which its Tết falls
 * @param month lunar month, 1..12
 * @param day   day of the lunar month, 1..30
 * @param leap  {@code true} if the month is the intercalary (leap) month
 */
public record LunarDate(int year, int month, int day, boolean leap) {}
