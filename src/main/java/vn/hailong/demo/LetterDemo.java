package vn.hailong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.letter.Letter;
import vn.hailong.letter.LetterKind;
import vn.hailong.letter.LetterStatus;
import vn.hailong.letter.Letters;

/**
 * Life-event letters for the last three months of returned birth, marriage and death registrations:
 * those older than two weeks approved by the leader and sent or handed over, the recent ones waiting
 * as drafts. Apology drafts for the currently late dossiers come from the scheduled job.
 */
@Component
@Profile("demo")
@Order(6)
class LetterDemo implements DemoStep {

    private static final List<String> CHILDREN = List.of(
            "cháu Nguyễn Minh Anh",
            "cháu Trần Gia Bảo",
            "cháu Lê Khánh Linh",
            "cháu Phạm Đức Minh",
            "cháu Hoàng Bảo Ngọc",
            "cháu Vũ An Nhiên",
            "cháu Đặng Quốc Huy",
            "cháu Bùi Thảo Vy");
    private static final List<String> DECEASED = List.of(
            "cụ ông Nguyễn Văn Hòa",
            "cụ bà Trần Thị Lành",
            "ông Lê Văn Thịnh",
            "bà Phạm Thị Nụ",
            "cụ ông Hoàng Văn Sáu");

    private final Letters letters;
    private final Clock clock;

    LetterDemo(Letters letters, Clock clock) {
        this.letters = letters;
        this.clock = clock;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        letters.proposeLifeEventLetters(today.minusMonths(3));
        Random random = new Random(7);
        LocalDateTime cutoff = today.minusDays(14).atStartOfDay();
        Set<Long> seen = new HashSet<>();
        for (LetterKind kind : List.of(LetterKind.CONGRATULATION, LetterKind.CONDOLENCE)) {
            List<Letter> page;
            // the list shows the newest 500 drafts: page through them as the older ones get approved
            while (!(page = letters.list(LetterStatus.DRAFT, kind).stream()
                            .filter(l -> seen.add(l.id()))
                            .toList())
                    .isEmpty()) {
                page.stream()
                        .filter(l -> !l.createdAt().isAfter(cutoff) || random.nextInt(4) == 0)
                        .forEach(l -> approve(l, kind, random));
            }
        }
    }

    private void approve(Letter l, LetterKind kind, Random random) {
        List<String> names = kind == LetterKind.CONDOLENCE ? DECEASED : CHILDREN;
        String person = l.body().contains("kết hôn") ? "hai bạn trẻ" : names.get(random.nextInt(names.size()));
        letters.edit(l.id(), person, null, null, l.body());
        letters.approve(l.id());
        if (letters.get(l.id()).status() == LetterStatus.APPROVED) {
            letters.markPrinted(l.id());
        }
    }
}
