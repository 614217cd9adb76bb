package vn.hailong.demo;

import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hailong.calendar.CalendarOverrides;
import vn.hailong.calendar.HolidayKind;

/** The government's actual decisions for 2025, which differ from the statutory defaults. */
@Component
@Order(3)
class CalendarDemo implements DemoStep {

    private final CalendarOverrides overrides;

    CalendarDemo(CalendarOverrides overrides) {
        this.overrides = overrides;
    }

    @Override
    public void load() {
        overrides.add(LocalDate.of(2025, 1, 27), HolidayKind.EXTRA_DAY_OFF, "Nghỉ Tết Ất Tỵ (nghỉ bù chuyển lên trước Tết)");
        overrides.add(LocalDate.of(2025, 2, 3), HolidayKind.WORKING_SWAP, "Đi làm bình thường (ngày nghỉ bù đã chuyển sang 27/01)");
        overrides.add(LocalDate.of(2025, 5, 2), HolidayKind.EXTRA_DAY_OFF, "Nghỉ hoán đổi dịp 30/4 – 1/5");
        overrides.add(LocalDate.of(2025, 4, 26), HolidayKind.WORKING_SWAP, "Làm bù thứ Bảy cho ngày nghỉ 02/5");
    }
}
