package vn.hailong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.feedback.FeedbackAction;
import vn.hailong.feedback.FeedbackCase;
import vn.hailong.feedback.FeedbackCategory;
import vn.hailong.feedback.FeedbackChannel;
import vn.hailong.feedback.FeedbackCommand;
import vn.hailong.feedback.FeedbackReplay;
import vn.hailong.feedback.FeedbackStatus;
import vn.hailong.feedback.NewFeedback;

/**
 * Replays a year of cases (used by the demo): every channel, realistic texts, most answered on time,
 * some published and rated by the citizen, a few late or still overdue and escalated. Nothing is
 * queued in the outbox for the past. The feedback module opens and moves the cases ({@link FeedbackReplay}).
 */
@Component
@Profile("demo")
class FeedbackHistory {

    private static final String[][] TEXTS = {
        {"COMPLAINT", "Tôi phải chờ lâu gần hai tiếng mới đến lượt nộp hồ sơ, máy lấy số bị hỏng từ sáng."},
        {"COMPLAINT", "Cán bộ tiếp nhận có thái độ cáu gắt khi tôi hỏi lại về giấy tờ cần bổ sung."},
        {
            "COMPLAINT",
            "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của gia đình tôi đã quá hạn hẹn trả mà chưa có kết quả."
        },
        {"COMPLAINT", "Bị yêu cầu bổ sung giấy tờ nhiều lần, mỗi lần một loại, phải đi lại nhiều lần rất mất thời gian."
        },
        {"COMPLAINT", "Phòng chờ chật chội, nóng bức, không đủ ghế ngồi cho người già và phụ nữ có thai."},
        {"COMPLAINT", "Nộp hồ sơ trực tuyến trên Cổng dịch vụ công nhưng bị lỗi mạng, không tải được tệp đính kèm."},
        {"COMPLAINT", "Được đề nghị nộp thêm tiền ngoài lệ phí niêm yết, không có biên lai."},
        {"SUGGESTION", "Đề nghị bố trí thêm chỗ để xe cho người dân đến làm thủ tục vào buổi sáng thứ Hai."},
        {"SUGGESTION", "Nên niêm yết rõ hướng dẫn thủ tục đăng ký khai sinh kèm mẫu tờ khai đã điền sẵn."},
        {"SUGGESTION", "Đề nghị mở thêm quầy vào giờ cao điểm và có nhân viên hướng dẫn người cao tuổi dùng VNeID."},
        {"SUGGESTION", "Nên gửi tin nhắn báo trước khi hồ sơ có kết quả để người dân không phải đến hỏi."},
        {"SUGGESTION", "Đề nghị sửa nhà vệ sinh tầng 1 của bộ phận một cửa, hiện xuống cấp."},
        {"PETITION", "Kiến nghị xem xét giảm lệ phí chứng thực cho hộ nghèo, hộ cận nghèo."},
        {"PETITION", "Kiến nghị rút ngắn thời gian giải quyết thủ tục chuyển mục đích sử dụng đất."},
        {"PETITION", "Kiến nghị cho phép nộp bản sao điện tử thay cho bản sao chứng thực giấy tờ."},
        {"PRAISE", "Cảm ơn chị cán bộ hộ tịch đã hướng dẫn tận tình, chu đáo, hồ sơ xong trước hẹn."},
        {"PRAISE", "Cán bộ một cửa làm việc nhanh chóng, niềm nở. Tôi rất hài lòng."},
    };
    private static final String[] ANSWERS = {
        "UBND đã kiểm tra, nhắc nhở cán bộ liên quan và xin lỗi Ông/Bà. Từ tháng tới bộ phận một cửa bố trí thêm một quầy vào giờ cao điểm.",
        "Cảm ơn Ông/Bà đã góp ý. Đơn vị đã sửa chữa máy lấy số và bổ sung ghế ngồi tại khu vực chờ.",
        "Hồ sơ của Ông/Bà đã được giải quyết xong, mời Ông/Bà đến nhận kết quả. Đơn vị xin lỗi vì sự chậm trễ.",
        "Đơn vị đã niêm yết lại danh mục giấy tờ và mẫu tờ khai; cán bộ sẽ hướng dẫn một lần, đầy đủ.",
        "Kiến nghị của Ông/Bà thuộc thẩm quyền cấp tỉnh; UBND đã tổng hợp, gửi Sở Tài chính xem xét.",
        "Cảm ơn Ông/Bà đã ghi nhận. Đơn vị đã biểu dương cán bộ trong cuộc họp giao ban.",
    };
    private static final String[] NAMES = {
        "Nguyễn Văn Hùng",
        "Trần Thị Mai",
        "Lê Minh Tuấn",
        "Phạm Thị Hoa",
        "Vũ Đức Long",
        "Đặng Thu Hà",
        "Bùi Quang Vinh",
        "Hoàng Thị Lan"
    };

    private final FeedbackReplay replay;
    private final WorkingCalendar calendar;
    private final Clock clock;

    FeedbackHistory(FeedbackReplay replay, WorkingCalendar calendar, Clock clock) {
        this.replay = replay;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** About {@code count} cases over the last twelve months for the given agencies (the first gets half); returns how many. */
    int seed(List<Long> agencies, int count, long seed) {
        return replay.quietly(() -> replay(agencies, count, new Random(seed)));
    }

    private int replay(List<Long> agencies, int count, Random random) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<FeedbackReplay.LowRating> lowRatings = replay.lowRatingsWithoutCase(now.minusMonths(12));
        int made = 0;
        for (FeedbackReplay.LowRating r : lowRatings.subList(0, Math.min(lowRatings.size(), count / 6))) {
            LocalDateTime at = r.createdAt();
            String text = r.comment() == null ? "Người dân đánh giá chưa hài lòng, không ghi ý kiến." : r.comment();
            long id = replay.open(
                    new NewFeedback(FeedbackCategory.COMPLAINT, r.agencyId(), r.dossierCode(), text, null, null, null),
                    FeedbackChannel.RATING,
                    FeedbackStatus.ACCEPTED,
                    r.id(),
                    at);
            progress(id, at, now, random, false);
            made++;
        }
        FeedbackChannel[] channels = {
            FeedbackChannel.WEB,
            FeedbackChannel.WEB,
            FeedbackChannel.WEB,
            FeedbackChannel.BOX,
            FeedbackChannel.HOTLINE,
            FeedbackChannel.MEETING
        };
        for (; made < count; made++) {
            LocalDate day = calendar.plusWorkingDays(
                    now.toLocalDate().minusDays(1 + random.nextInt(360)), 0, WorkingCalendar.DEFAULT_WEEKEND);
            LocalDateTime at = day.atTime(7 + random.nextInt(10), random.nextInt(60));
            if (at.isAfter(now)) {
                at = now.minusHours(2);
            }
            String[] t = TEXTS[random.nextInt(TEXTS.length)];
            long agency = random.nextBoolean() ? agencies.get(0) : agencies.get(random.nextInt(agencies.size()));
            int contact = random.nextInt(10);
            String name = contact < 7 ? NAMES[random.nextInt(NAMES.length)] : null;
            String phone = contact < 5 ? "09" + (10000000 + random.nextInt(89999999)) : null;
            String email = contact >= 5 && contact < 7 ? "nguoidan" + random.nextInt(1000) + "@example.vn" : null;
            long id = replay.open(
                    new NewFeedback(FeedbackCategory.valueOf(t[0]), agency, null, t[1], name, phone, email),
                    channels[random.nextInt(channels.length)],
                    FeedbackStatus.RECEIVED,
                    null,
                    at);
            progress(id, at, now, random, true);
        }
        return made;
    }

    /** Walks one case forward through the days after its receipt, as far as today allows. */
    private void progress(long id, LocalDateTime at, LocalDateTime now, Random random, boolean decide) {
        int fate = random.nextInt(100);
        if (decide) {
            LocalDateTime d = step(at, 1 + random.nextInt(2), 1);
            if (d.isAfter(now)) {
                return;
            }
            if (fate < 3) {
                act(id, FeedbackAction.SPAM, null, d);
                return;
            }
            if (fate < 8) {
                act(
                        id,
                        FeedbackAction.REJECT,
                        "Nội dung không thuộc phạm vi giải quyết thủ tục hành chính của đơn vị.",
                        d);
                return;
            }
            act(id, FeedbackAction.ACCEPT, null, d);
        }
        LocalDateTime assigned = step(at, 2, 2);
        if (assigned.isAfter(now)) {
            return;
        }
        act(id, FeedbackAction.ASSIGN, new FeedbackCommand(null, null, "Công chức Văn phòng - Thống kê"), assigned);
        FeedbackCase c = get(id, now);
        boolean late = fate >= 88;
        boolean stuck = fate >= 78 && at.isAfter(now.minusDays(50));
        LocalDateTime answered = stuck
                ? now.plusYears(1)
                : late ? step(at, 16 + random.nextInt(5), 3) : step(at, 3 + random.nextInt(11), 3);
        if (answered.isAfter(now)) {
            if (c.resolveDueAt().isBefore(now)) {
                replay.escalate(c, 1, c.resolveDueAt().plusHours(16));
                LocalDateTime province = step(c.resolveDueAt(), 3, 1);
                if (province.isBefore(now)) {
                    replay.escalate(get(id, now), 2, province);
                }
            }
            return;
        }
        if (late) {
            replay.escalate(c, 1, c.resolveDueAt().plusHours(16));
        }
        String answer = c.category() == FeedbackCategory.PRAISE
                ? ANSWERS[ANSWERS.length - 1]
                : c.category() == FeedbackCategory.PETITION ? ANSWERS[4] : ANSWERS[random.nextInt(ANSWERS.length - 2)];
        act(id, FeedbackAction.ANSWER, answer, answered);
        LocalDateTime later = step(answered, 1, 2);
        if (later.isAfter(now)) {
            return;
        }
        if (random.nextInt(10) < 3) {
            act(id, FeedbackAction.PUBLISH, null, later);
        }
        c = get(id, now);
        if (c.contactPhone() != null || c.contactEmail() != null) {
            if (random.nextInt(10) < 6) {
                boolean satisfied = random.nextInt(10) < 9;
                replay.rate(c, satisfied, later.plusHours(3));
                LocalDateTime again = step(later, 5, 2);
                if (!satisfied && again.isBefore(now)) {
                    act(
                            id,
                            FeedbackAction.ANSWER,
                            "Đơn vị đã làm việc lại với Ông/Bà và giải quyết dứt điểm nội dung phản ánh.",
                            again);
                    answered = again;
                }
            }
        }
        c = get(id, now);
        LocalDateTime close = step(answered, 10, 1);
        if (!close.isAfter(now) && (c.status() == FeedbackStatus.ANSWERED || c.status() == FeedbackStatus.PUBLISHED)) {
            act(id, FeedbackAction.CLOSE, null, close);
        }
    }

    private LocalDateTime step(LocalDateTime from, int workingDays, int hour) {
        return calendar.plusWorkingDays(from.toLocalDate(), workingDays, WorkingCalendar.DEFAULT_WEEKEND)
                .atTime(8 + hour, 15);
    }

    private void act(long id, FeedbackAction action, Object text, LocalDateTime at) {
        replay.act(id, action, text instanceof FeedbackCommand fc ? fc : FeedbackCommand.of((String) text), at);
    }

    private FeedbackCase get(long id, LocalDateTime now) {
        return replay.find(id, now);
    }
}
