package vn.hailong.access;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles for tests that build a bean by hand. */
final class Bundles {

    static final ResourceBundleMessageSource MESSAGES = messages();

    private Bundles() {}

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("i18n/messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }
}
