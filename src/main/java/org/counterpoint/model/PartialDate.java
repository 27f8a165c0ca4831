package org.counterpoint.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date that may be known only to the month or the year, as sources often are
 * ("an August 2023 letter"). Written as ISO 8601: {@code 2023}, {@code 2023-08} or {@code 2023-08-14}.
 *
 * @param month 1-12, or 0 when unknown
 * @param day   1-31, or 0 when unknown (always 0 when the month is unknown)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is out of range");
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(String.format("%04d-%02d-%02d is not a calendar date", year, month, day));
            }
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a sentence a user can act on
     */
    public static PartialDate parse(String text) {
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new PartialDate(year, month, day);
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** The earliest full date this partial date can mean. */
    public LocalDate earliest() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** A short human form: "25 Oct 2023", "Aug 2023" or "2023". */
    public String display() {
        if (!hasMonth()) {
            return Integer.toString(year);
        }
        String monthName = YearMonth.of(year, month).getMonth()
                .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        return hasDay() ? day + " " + monthName + " " + year : monthName + " " + year;
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month, other.month);
        }
        return c == 0 ? Integer.compare(day, other.day) : c;
    }

    @Override
    public String toString() {
        if (!hasMonth()) {
            return String.format("%04d", year);
        }
        return hasDay() ? String.format("%04d-%02d-%02d", year, month, day) : String.format("%04d-%02d", year, month);
    }
}
