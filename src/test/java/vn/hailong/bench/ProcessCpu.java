package vn.hailong.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/** CPU time of this JVM and of the PostgreSQL server it talks to, from /proc (Linux), for figures per row. */
final class ProcessCpu {

    private final long postmaster;

    /** The server behind {@code jdbc}: the parent of its backend. */
    ProcessCpu(JdbcClient jdbc) throws IOException {
        long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
        this.postmaster = Long.parseLong(stat(backend)[1]);
    }

    /** This JVM's CPU time, ns. */
    static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the PostgreSQL server, ns: the postmaster, its live children and the children it has reaped. */
    long postgresNanos() throws IOException {
        long ticks = 0;
        String[] own = stat(postmaster);
        for (int f = 11; f <= 14; f++) {
            ticks += Long.parseLong(own[f]);
        }
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(d -> d.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try {
                    String[] st = stat(Long.parseLong(proc.getFileName().toString()));
                    if (Long.parseLong(st[1]) == postmaster) {
                        ticks += Long.parseLong(st[11]) + Long.parseLong(st[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return ticks * 10_000_000L; // USER_HZ = 100
    }

    /** The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static String[] stat(long pid) throws IOException {
        String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return s.substring(s.lastIndexOf(')') + 2).split(" ");
    }
}
