package vn.hailong.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.hailong.shared.HaiLongProperties;
import vn.hailong.shared.TooManyRequestsException;

/**
 * Documents made while the caller waits (every handler answering with bytes: PDF forms, ledgers, reports,
 * Excel and CSV exports; not those marked {@link vn.hailong.shared.StoredFile}) take seconds of CPU each; only {@code hailong.documents.concurrent} of them
 * (default 2) are made at once. Another one is refused at once with 429 and Retry-After, so a few
 * concurrent requests cannot tie up the server; background exports (/tep-xuat) are not limited here.
 */
@Component
class HeavyDocuments implements HandlerInterceptor {

    private static final String HELD = HeavyDocuments.class.getName() + ".held";

    private final Semaphore permits;
    private final long retryAfterSeconds;

    @Autowired
    HeavyDocuments(HaiLongProperties properties) {
        this(properties.documents().concurrent(), properties.documents().retryAfterSeconds());
    }

    HeavyDocuments(int concurrent, long retryAfterSeconds) {
        this.permits = new Semaphore(Math.max(1, concurrent));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && heavy(method) && request.getAttribute(HELD) == null) {
            if (!permits.tryAcquire()) {
                throw new TooManyRequestsException(retryAfterSeconds, "error.busy", retryAfterSeconds);
            }
            request.setAttribute(HELD, Boolean.TRUE);
        }
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(HELD) != null) {
            request.removeAttribute(HELD);
            permits.release();
        }
    }

    static boolean heavy(HandlerMethod method) {
        if (method.hasMethodAnnotation(vn.hailong.shared.StoredFile.class)) {
            return false;
        }
        ResolvableType type = ResolvableType.forMethodReturnType(method.getMethod());
        if (ResponseEntity.class.isAssignableFrom(type.toClass())) {
            type = type.getGeneric(0);
        }
        return type.toClass() == byte[].class;
    }
}
