package vn.hailong.report;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The export worker: every few seconds it runs the queued jobs (each is claimed by a single update, so
 * several instances can share the queue without a lock); every hour it drops expired files.
 */
@Component
class ExportJobs {

    private final Exports exports;

    ExportJobs(Exports exports) {
        this.exports = exports;
    }

    @Scheduled(fixedDelayString = "${hailong.exports.poll:PT3S}", initialDelayString = "${hailong.exports.poll:PT3S}")
    void run() {
        exports.runQueued();
    }

    @Scheduled(cron = "${hailong.exports.expire-cron:0 15 * * * *}", zone = "Asia/Ho_Chi_Minh")
    void expire() {
        exports.expire();
    }
}
