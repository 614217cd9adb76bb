package vn.hailong.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif (metric-compatible with Times New Roman, full Vietnamese coverage) from
 * {@code openpdf-fonts-extra}, registered as "Times New Roman" (the official font) and "Liberation Serif".
 */
final class Fonts {

    static final String[] FAMILIES = {"Times New Roman", "Liberation Serif"};

    private enum Face {
        REGULAR("Regular", 400, FontStyle.NORMAL),
        BOLD("Bold", 700, FontStyle.NORMAL),
        ITALIC("Italic", 400, FontStyle.ITALIC),
        BOLD_ITALIC("BoldItalic", 700, FontStyle.ITALIC);

        final byte[] bytes;
        final int weight;
        final FontStyle style;

        Face(String name, int weight, FontStyle style) {
            this.bytes = load("liberation/LiberationSerif-" + name + ".ttf");
            this.weight = weight;
            this.style = style;
        }
    }

    private Fonts() {}

    static void register(PdfRendererBuilder builder) {
        for (String family : FAMILIES) {
            for (Face face : Face.values()) {
                builder.useFont(() -> new ByteArrayInputStream(face.bytes), family, face.weight, face.style, true);
            }
        }
    }

    private static byte[] load(String path) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
