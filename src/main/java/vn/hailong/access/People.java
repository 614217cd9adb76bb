package vn.hailong.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who did something, as a person reads it: the full name of a user account instead of its user name, "Công dân" for a
 * citizen (anonymous or by token), "Hệ thống tự động" for the application's own jobs and the integration's name for an
 * API key. Pages call it as {@code ${@people.name(actor)}} with {@code ${@people.title(actor)}} (the user name, for
 * staff) as the tooltip; PDFs get {@link #name(String, Locale)}.
 */
@Repository("people")
public class People {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Cache<String, Optional<String>> names = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    People(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The actor as a person reads it, in the request's language. */
    public String name(String actor) {
        return name(actor, LocaleContextHolder.getLocale());
    }

    public String name(String actor, Locale locale) {
        if (actor == null || actor.isBlank()) {
            return "";
        }
        if (citizen(actor)) {
            return messages.getMessage("actor.citizen", null, locale);
        }
        if (actor.startsWith(API_KEY)) {
            return messages.getMessage("actor.integration", new Object[] {actor.substring(API_KEY.length())}, locale);
        }
        return fullName(actor).orElseGet(() -> messages.getMessage("actor.system", null, locale));
    }

    /** The user name behind a staff member's name (a tooltip for staff); none for a citizen or the system. */
    public String title(String actor) {
        return actor == null || citizen(actor) || fullName(actor).isEmpty() ? null : actor;
    }

    /** After an account's full name changed. */
    void forget(String username) {
        names.invalidate(username);
    }

    private Optional<String> fullName(String username) {
        return names.get(
                username,
                u -> jdbc.sql(
                                "select coalesce(nullif(trim(full_name), ''), username) from app_user where username = :u")
                        .param("u", u)
                        .query(String.class)
                        .optional());
    }

    private static boolean citizen(String actor) {
        return actor.equals("anonymousUser") || actor.equals("citizen") || actor.startsWith("citizen:");
    }

    private static final String API_KEY = "api-key:";
}
