package vn.hailong.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of {@link RatingHttpBenchmark}, in a JVM of its own so that the server's CPU per rating is measured alone:
 * submissions {@code from} (inclusive) to {@code to} (exclusive) of the token file, either closed-loop from
 * {@code clients} keep-alive connections or at a steady {@code rate} per second (latency from each request's scheduled
 * time, no coordinated omission; before the steady schedule each connection is opened and warmed with
 * {@value #WARM_UP_PER_LANE} unmeasured requests of an unknown token). Writes per submission the acknowledged id (0 if none) and the latency in nanoseconds
 * to {@code out}; prints its own CPU time and the reasons of failures.
 *
 * <p>Args: port tokens-file from to closed|steady clients rate out-file
 */
public final class RatingHttpClients {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<String> tokens = Files.readAllLines(Path.of(args[1]));
        int from = Integer.parseInt(args[2]);
        int to = Integer.parseInt(args[3]);
        boolean steady = args[4].equals("steady");
        int clients = Integer.parseInt(args[5]);
        int rate = Integer.parseInt(args[6]);
        long[] acked = new long[to - from];
        long[] latency = new long[to - from];
        ThreadLocal<KeepAliveHttp> http = ThreadLocal.withInitial(() -> new KeepAliveHttp("127.0.0.1", port));
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        if (steady) {
            // each lane first opens its connection and warms this fresh JVM's code with unmeasured requests of an
            // unknown token (answered 404 after the token lookup, nothing stored); then all start on one schedule
            long[] startAt = new long[1];
            CyclicBarrier ready = new CyclicBarrier(clients, () -> startAt[0] = System.nanoTime() + 200_000_000L);
            for (int c = 0; c < clients; c++) {
                int lane = c;
                pool.execute(() -> {
                    warmUp(http, lane);
                    try {
                        ready.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    long start = startAt[0];
                    for (int i = from + lane; i < to; i += clients) {
                        long due = start + (long) ((i - from) * (1e9 / rate));
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        send(http, tokens.get(i), i, from, due, acked, latency);
                    }
                });
            }
        } else {
            AtomicInteger next = new AtomicInteger(from);
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                        send(http, tokens.get(i), i, from, System.nanoTime(), acked, latency);
                    }
                });
            }
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        long elapsed = System.nanoTime() - t0;
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(new FileOutputStream(args[7]), 1 << 16))) {
            for (int i = 0; i < acked.length; i++) {
                out.writeLong(acked[i]);
                out.writeLong(latency[i]);
            }
        }
        System.out.println("elapsed_ns=" + elapsed);
        System.out.println("client_cpu_ns=" + (cpu() - cpu0));
        OUTCOMES.forEach((k, v) -> System.out.println("failure=" + v + " " + k.replace('\n', ' ')));
        System.exit(0);
    }

    static final int WARM_UP_PER_LANE = 20;

    private static void warmUp(ThreadLocal<KeepAliveHttp> http, int lane) {
        for (int k = 0; k < WARM_UP_PER_LANE; k++) {
            try {
                http.get().post("/api/v1/ratings", request("warm-up-" + lane + "-" + k, -1 - k));
            } catch (Exception e) {
                throw new IllegalStateException("warm-up request failed", e);
            }
        }
    }

    /** A result token ('r…') is rated on the result and the conduct, a reception token ('b…') on the conduct. */
    static String request(String token, int i) {
        String result = token.startsWith("r") ? "{\"item\":\"RESULT\",\"score\":%d},".formatted(3 + i % 3) : "";
        return """
                {"token":"%s","idempotencyKey":"bench-rating-%d","answers":[%s{"item":"CONDUCT","score":%d}]}""".formatted(token, i, result, 4 + i % 2);
    }

    private static void send(
            ThreadLocal<KeepAliveHttp> http,
            String token,
            int i,
            int from,
            long startNanos,
            long[] acked,
            long[] latency) {
        try {
            KeepAliveHttp.Response r = http.get().post("/api/v1/ratings", request(token, i));
            latency[i - from] = System.nanoTime() - startNanos;
            Matcher m = ID.matcher(r.body());
            if (r.status() == 201 && m.find()) {
                acked[i - from] = Long.parseLong(m.group(1));
            } else {
                OUTCOMES.merge(
                        r.status() + " "
                                + r.body().substring(0, Math.min(120, r.body().length())),
                        1,
                        Integer::sum);
            }
        } catch (Exception e) {
            latency[i - from] = System.nanoTime() - startNanos;
            OUTCOMES.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
