package vn.hailong.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The current page's address with some query parameters replaced, for templates ({@code @currentUrl.with('lang',
 * 'en')}): the language switch, sort headers and "next page" keep every filter of the list.
 */
@Component("currentUrl")
class CurrentUrl {

    /** Pairs of name and value; a null or blank value removes the parameter. */
    public String with(String... pairs) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        UriComponentsBuilder b =
                UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String value = pairs[i + 1];
            if (value == null || value.isBlank()) {
                b.replaceQueryParam(pairs[i]);
            } else {
                b.replaceQueryParam(pairs[i], UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
            }
        }
        return b.build(true).toUriString();
    }
}
