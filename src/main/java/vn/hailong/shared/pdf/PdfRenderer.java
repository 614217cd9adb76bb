package vn.hailong.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template under {@code templates/pdf/} to PDF. The templates must be
 * well-formed XHTML; messages ({@code #{...}}) and {@code #temporals} work as on the web pages.
 * Only {@code data:} URIs are loaded (images are embedded, e.g. {@link QrCode#pngDataUri}).
 */
@Component
public class PdfRenderer {

    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private final ITemplateEngine templates;

    public PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code templates/pdf/<template>.html} with the model's entries as variables. */
    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        String html = templates.process("pdf/" + template, new Context(locale, model));
        // Precomposed (NFC) text, as the PDF text is not shaped and combining marks would sit badly;
        // and no control characters, which XML forbids (they can come in with imported data).
        html = NOT_XML.matcher(Normalizer.normalize(html, Normalizer.Form.NFC)).replaceAll("");
        return toPdf(html);
    }

    private static byte[] toPdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useUnicodeLineBreaker(new LineBreaker());
        Fonts.register(builder);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
