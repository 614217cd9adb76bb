package vn.hailong.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders each official one-stop form with sample data and reads the PDF back. */
class OfficialFormsTest {

    static final Locale VI = Locale.forLanguageTag("vi-VN");
    static final String CODE = "H15.50.05.13-261008-0975";
    static final String RATING_URL = "https://hailong.quangninh.gov.vn/r/7KQ2-M9XA";
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 10, 8, 9, 15);
    static final LocalDateTime DUE = LocalDateTime.of(2026, 10, 13, 16, 0);

    final PdfRenderer renderer = new PdfRenderer(engine());
    int pages;

    record Document(String name, String kind, int count) {}

    @Test
    void receiptSlipCarriesApplicantDocumentsAndRatingQr() throws Exception {
        Map<String, Object> model = dossier();
        // Ten documents, some with names long enough to wrap: a normal dossier still fits one sheet with the
        // signatures.
        model.put(
                "documents",
                List.of(
                        new Document("Tờ khai đăng ký khai sinh", "Bản chính", 1),
                        new Document("Giấy chứng sinh", "Bản chính", 1),
                        Map.of("name", "Giấy chứng nhận kết hôn của cha, mẹ", "kind", "Bản sao chứng thực", "count", 1),
                        new Document("Căn cước của người đi đăng ký khai sinh", "Bản sao", 1),
                        new Document(
                                "Văn bản ủy quyền có chứng thực của cha, mẹ cho người đi đăng ký khai sinh",
                                "Bản chính",
                                1),
                        new Document("Giấy tờ chứng minh nơi cư trú của người mẹ", "Bản sao", 1),
                        new Document("Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con", "Bản chính", 1),
                        new Document("Biên bản xác nhận việc trẻ bị bỏ rơi", "Bản sao chứng thực", 1),
                        new Document("Giấy tờ tùy thân của người làm chứng", "Bản sao", 2),
                        new Document("Tờ khai đăng ký thường trú cho trẻ", "Bản chính", 1)));
        model.put("sets", 1);
        model.put("durationText", "03 ngày làm việc");
        model.put("dueAt", DUE);
        model.put("pickupPlace", "Trung tâm Phục vụ hành chính công phường Hồng Gai, số 1 đường Bến Tàu");
        model.put("feeVnd", 8000L);
        model.put("ledgerBook", "02");
        model.put("ledgerNumber", "0975");
        model.put("receivingOfficer", "Trần Văn Bình");
        model.put("ratingUrl", RATING_URL);
        model.put("ratingQr", QrCode.pngDataUri(RATING_URL, 240));

        String text = render("form01", model, false);

        assertThat(text)
                .contains(
                        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                        "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG GAI",
                        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
                        "Tiếp nhận hồ sơ của: Nguyễn Thị Mai",
                        "Cơ quan giải quyết hồ sơ: Ủy ban nhân dân phường Hồng Gai",
                        "Tờ khai đăng ký thường trú cho trẻ",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Hồng Gai, ngày 08 tháng 10 năm 2026",
                        CODE,
                        "Nguyễn Thị Mai",
                        "Đăng ký khai sinh",
                        "Bản sao chứng thực",
                        "Giấy chứng nhận kết hôn của cha, mẹ",
                        "03 ngày làm việc",
                        "09 giờ 15 phút, ngày 08 tháng 10 năm 2026",
                        "16 giờ 00 phút, ngày 13 tháng 10 năm 2026",
                        "8.000 đồng",
                        "Quyển số: 02",
                        "0975",
                        "NGƯỜI NỘP HỒ SƠ",
                        "NGƯỜI TIẾP NHẬN HỒ SƠ",
                        "Trần Văn Bình");
        assertThat(text.replace(" ", ""))
                .as("the link, wrapped beside the QR code")
                .contains(RATING_URL);
        assertThat(pages).as("one sheet with its signatures for ten documents").isEqualTo(1);
        assertThat(decodeQr((String) model.get("ratingQr"))).isEqualTo(RATING_URL);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(Path.of("target/pdf/form01.pdf")))) {
            BufferedImage printed = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            assertThat(decode(printed)).as("the QR code as printed").isEqualTo(RATING_URL);
        }
    }

    @Test
    void supplementRequestListsWhatIsMissing() throws Exception {
        Map<String, Object> model = dossier();
        model.put("requestedAt", LocalDateTime.of(2026, 10, 9, 10, 30));
        model.put(
                "items",
                List.of(
                        "Bản sao chứng thực Giấy chứng nhận kết hôn của cha, mẹ",
                        "Văn bản ủy quyền có chứng thực (nếu người đi đăng ký không phải cha, mẹ)"));
        // Decomposed diacritics and a stray control character, as pasted or imported text may have.
        model.put(
                "reason",
                Normalizer.normalize(
                        "Giấy chứng nhận kết hôn nộp kèm là bản chụp, không có chứng thực.\u0001",
                        Normalizer.Form.NFD));
        model.put("officer", "Trần Văn Bình");
        model.put("closesOn", LocalDate.of(2026, 10, 24));

        String text = render("form02", model, false);

        assertThat(text)
                .contains(
                        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Hồng Gai, ngày 09 tháng 10 năm 2026",
                        CODE,
                        "Nguyễn Thị Mai",
                        "Văn bản ủy quyền có chứng thực",
                        "Giấy chứng nhận kết hôn nộp kèm là bản chụp, không có chứng thực.",
                        "NGƯỜI HƯỚNG DẪN",
                        "Trần Văn Bình",
                        "Trung tâm Phục vụ hành chính công phường Hồng Gai đã tiếp nhận",
                        "thời hạn giải quyết được tính lại từ đầu",
                        "đến hết ngày 24/10/2026");
        assertThat(pages).isEqualTo(1);
    }

    @Test
    void refusalGivesTheReason() throws Exception {
        Map<String, Object> model = dossier();
        model.put("decidedAt", LocalDateTime.of(2026, 10, 8, 9, 40));
        model.put("reason", "Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã Quảng La ngày 02/10/2026.");
        model.put("officer", "Trần Văn Bình");

        String text = render("form03", model, false);

        assertThat(text)
                .contains(
                        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                        "Độc lập - Tự do - Hạnh phúc",
                        CODE,
                        "Nguyễn Thị Mai",
                        "đã được đăng ký khai sinh tại Ủy ban nhân dân xã Quảng La",
                        "ngày 02/10/2026",
                        "Trần Văn Bình",
                        "Trung tâm Phục vụ hành chính công phường Hồng Gai không thể tiếp nhận");
        assertThat(pages).isEqualTo(1);
    }

    @Test
    void apologyIsSentBeforeTheDateByTheResolvingAgency() throws Exception {
        Map<String, Object> model = dossier();
        model.put("agencyParent", null);
        model.put("agencyName", "Ủy ban nhân dân phường Hồng Gai");
        model.put("date", LocalDate.of(2026, 10, 12));
        model.put("originalDueAt", DUE);
        model.put("newDueAt", LocalDateTime.of(2026, 10, 15, 10, 0));
        model.put("reason", "Cần xác minh thông tin nơi cư trú của người mẹ tại tỉnh Lạng Sơn.");
        model.put("leaderTitle", "CHỦ TỊCH");
        model.put("leaderName", "Lê Văn Hùng");

        String text = render("form04", model, false);

        assertThat(text)
                .contains(
                        "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN",
                        "THỜI GIAN GIẢI QUYẾT",
                        "Độc lập - Tự do - Hạnh phúc",
                        "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG GAI",
                        "Mẫu số 04",
                        "Hồng Gai, ngày 12 tháng 10 năm 2026",
                        "Kính gửi: Ông/Bà Nguyễn Thị Mai",
                        CODE,
                        "16 giờ 00 phút, ngày 13 tháng 10 năm 2026",
                        "10 giờ 00 phút, ngày 15 tháng 10 năm 2026",
                        "dự kiến không giải quyết xong hồ sơ của Ông/Bà trong thời hạn đã hẹn",
                        "đề nghị gia hạn thời gian giải quyết",
                        "Rất mong Ông/Bà thông cảm",
                        "tỉnh Lạng Sơn",
                        "Trung tâm Phục vụ hành chính công phường Hồng Gai (để điều chỉnh",
                        "CHỦ TỊCH",
                        "Lê Văn Hùng");
        assertThat(text)
                .as("written before the date, not after it")
                .doesNotContain("đến nay", "đúng hạn như đã hẹn", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG");
        assertThat(pages).isEqualTo(1);
    }

    @Test
    void stopNoticeForAWithdrawalAndForAClosedDossier() throws Exception {
        Map<String, Object> model = dossier();
        model.put("stoppedAt", LocalDateTime.of(2026, 10, 10, 8, 45));
        model.put("withdrawn", true);
        model.put("reason", null);
        model.put("officer", "Trần Văn Bình");

        String withdrawn = render("form05", model, false);

        assertThat(withdrawn)
                .contains(
                        "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
                        "Mẫu số 05",
                        "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG GAI",
                        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
                        CODE,
                        "Kính gửi: Ông/Bà Nguyễn Thị Mai",
                        "Đăng ký khai sinh",
                        "Ngày 10/10/2026, Ông/Bà đề nghị dừng thực hiện thủ tục hành chính",
                        "Điều 21 Nghị định số 118/2025/NĐ-CP",
                        "08 giờ 45 phút, ngày 10 tháng 10 năm 2026",
                        "NGƯỜI THÔNG BÁO",
                        "Trần Văn Bình");
        assertThat(withdrawn).doesNotContain("Lý do dừng");
        assertThat(pages).isEqualTo(1);

        model.put("withdrawn", false);
        model.put(
                "reason",
                "Quá 15 ngày kể từ khi thông báo yêu cầu bổ sung, hoàn thiện hồ sơ mà hồ sơ chưa được hoàn thiện");
        String stopped = render("form05", model, false);
        assertThat(stopped).contains("Lý do dừng giải quyết: Quá 15 ngày kể từ khi thông báo");
        assertThat(stopped).doesNotContain("đề nghị dừng thực hiện");
        assertThat(pages).isEqualTo(1);
    }

    @Test
    void controlSlipShowsEveryHandOver() throws Exception {
        Map<String, Object> model = dossier();
        model.put("dueAt", DUE);
        model.put(
                "steps",
                List.of(
                        step(
                                "Giao: Trung tâm PVHCC / Nhận: Công chức Tư pháp - Hộ tịch",
                                RECEIVED.plusMinutes(20),
                                LocalDateTime.of(2026, 10, 12, 16, 0),
                                LocalDateTime.of(2026, 10, 12, 10, 5),
                                "Trước hạn",
                                "Phạm Thu Hà"),
                        step(
                                "Giao: Công chức Tư pháp - Hộ tịch / Nhận: Lãnh đạo UBND phường",
                                LocalDateTime.of(2026, 10, 12, 10, 5),
                                LocalDateTime.of(2026, 10, 13, 10, 0),
                                LocalDateTime.of(2026, 10, 13, 10, 0),
                                "Đúng hạn",
                                "Lê Văn Hùng"),
                        step(
                                "Giao: Lãnh đạo UBND phường / Nhận: Trung tâm PVHCC",
                                LocalDateTime.of(2026, 10, 13, 10, 0),
                                null,
                                null,
                                "Đang xử lý",
                                "Trần Văn Bình")));

        String text = render("form06", model, true);

        assertThat(text)
                .contains(
                        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                        CODE,
                        "Nguyễn Thị Mai",
                        "Trung tâm PVHCC",
                        "Công chức Tư pháp - Hộ tịch",
                        "Trước hạn",
                        "Đúng hạn",
                        "Đang xử lý",
                        "Phạm Thu Hà");
    }

    @Test
    void ledgerRepeatsItsHeaderOnEveryPage() throws Exception {
        Map<String, Object> model = agency();
        model.put("from", LocalDate.of(2026, 10, 1));
        model.put("to", LocalDate.of(2026, 10, 31));
        String[] names = {"Nguyễn Thị Mai", "Trần Quốc Tuấn", "Lê Thị Hồng Nhung", "Phạm Đức Thắng", "Vũ Ngọc Ánh"};
        String[] procedures = {
            "Đăng ký khai sinh",
            "Chứng thực bản sao từ bản chính",
            "Đăng ký kết hôn",
            "Cấp bản sao trích lục hộ tịch",
            "Đăng ký thường trú"
        };
        String[] timeliness = {"Trước hạn", "Đúng hạn", "Quá hạn", "Đang xử lý"};
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDateTime received = RECEIVED.plusHours(5L * i);
            String t = timeliness[i % 4];
            Map<String, Object> row = new HashMap<>();
            row.put("seq", i + 1);
            row.put("code", String.format("H15.50.05.13-2610%02d-%04d", 8 + i / 8, 975 + i));
            row.put("procedureName", procedures[i % 5]);
            row.put("applicantName", names[i % 5]);
            row.put("receivedAt", received);
            row.put("dueAt", received.plusDays(3));
            row.put("resolvedAt", t.equals("Đang xử lý") ? null : received.plusDays(t.equals("Quá hạn") ? 4 : 2));
            row.put("returnedAt", t.equals("Đang xử lý") ? null : received.plusDays(t.equals("Quá hạn") ? 5 : 3));
            row.put("status", t.equals("Đang xử lý") ? "Đang giải quyết" : "Đã trả kết quả");
            row.put("timeliness", t);
            rows.add(row);
        }
        model.put("rows", rows);
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("Tổng số", 40L);
        totals.put("Trước hạn", 10L);
        totals.put("Đúng hạn", 10L);
        totals.put("Quá hạn", 10L);
        totals.put("Đang xử lý", 10L);
        model.put("totals", totals);

        String text = render("form07", model, true);

        assertThat(text)
                .contains(
                        "SỔ THEO DÕI HỒ SƠ",
                        "01/10/2026",
                        "31/10/2026",
                        CODE,
                        "Lê Thị Hồng Nhung",
                        "Chứng thực bản sao từ bản chính",
                        "Tổng số");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(Path.of("target/pdf/form07.pdf")))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).as("page %d", page).contains("Mã hồ sơ", "Người nộp");
            }
        }
    }

    private String render(String form, Map<String, Object> model, boolean landscape) throws IOException {
        byte[] bytes = renderer.render(form, model, VI);
        Path out = Path.of("target/pdf", form + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            pages = pdf.getNumberOfPages();
            PDRectangle box = pdf.getPage(0).getMediaBox();
            float longSide = Math.max(box.getWidth(), box.getHeight());
            assertThat(longSide).as("A4").isCloseTo(PDRectangle.A4.getHeight(), offset(2f));
            assertThat(box.getWidth() > box.getHeight()).as("landscape").isEqualTo(landscape);
            // Stream order keeps each heading column together; position order keeps inline runs
            // in reading order. A phrase must appear in one of the two.
            PDFTextStripper stripper = new PDFTextStripper();
            String inStreamOrder = stripper.getText(pdf);
            stripper.setSortByPosition(true);
            String text = (inStreamOrder + "\n" + stripper.getText(pdf)).replaceAll("\\s+", " ");
            assertThat(text)
                    .as("the law in force, and what still has to be checked against it")
                    .contains("Phụ lục I Thông tư số 03/2025/TT-VPCP", "Nội dung cần đối chiếu văn bản gốc")
                    .doesNotContainIgnoringCase("Bộ phận tiếp nhận và trả kết quả")
                    .doesNotContain("01/2018", "Nghị định số 61", "61/2018", "TN&TKQ", "UBND TỈNH");
            return text;
        }
    }

    /** A commune centre's forms: the commune's People's Committee above the centre, nothing above the committee. */
    private static Map<String, Object> agency() {
        Map<String, Object> model = new HashMap<>();
        model.put("agencyParent", "Ủy ban nhân dân phường Hồng Gai");
        model.put("agencyName", "Trung tâm Phục vụ hành chính công");
        model.put("place", "Hồng Gai");
        model.put("oneStopName", "Trung tâm Phục vụ hành chính công phường Hồng Gai");
        model.put("resolvingName", "Ủy ban nhân dân phường Hồng Gai");
        return model;
    }

    private static Map<String, Object> dossier() {
        Map<String, Object> model = agency();
        model.put("code", CODE);
        model.put("receivedAt", RECEIVED);
        model.put("applicantName", "Nguyễn Thị Mai");
        model.put("applicantAddress", "Số 12, tổ 3, khu 5, phường Hồng Gai, tỉnh Quảng Ninh");
        model.put("applicantPhone", "0912 345 678");
        model.put("applicantEmail", "mai.nguyen@example.vn");
        model.put("procedureName", "Đăng ký khai sinh");
        return model;
    }

    private static Map<String, Object> step(
            String name,
            LocalDateTime handedAt,
            LocalDateTime allottedDueAt,
            LocalDateTime finishedAt,
            String timeliness,
            String officer) {
        Map<String, Object> step = new HashMap<>();
        step.put("name", name);
        step.put("handedAt", handedAt);
        step.put("allottedDueAt", allottedDueAt);
        step.put("finishedAt", finishedAt);
        step.put("timeliness", timeliness);
        step.put("officer", officer);
        return step;
    }

    private static String decodeQr(String dataUri) throws Exception {
        byte[] png = Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()));
        return decode(ImageIO.read(new ByteArrayInputStream(png)));
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        // RGBLuminanceSource is zxing core's twin of javase's BufferedImageLuminanceSource.
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new MultiFormatReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(source)),
                        Map.of(
                                DecodeHintType.POSSIBLE_FORMATS,
                                List.of(BarcodeFormat.QR_CODE),
                                DecodeHintType.TRY_HARDER,
                                true))
                .getText();
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
