package vn.hailong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** Group commit on a real (H2) database: many requests, few commits; a bad item fails alone; answers follow commits. */
class GroupCommitTest {

    private final DriverManagerDataSource ds = new DriverManagerDataSource(
            "jdbc:h2:mem:gc" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL", "sa", "");
    private final JdbcClient jdbc = JdbcClient.create(ds);
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final ExecutorService clients = Executors.newFixedThreadPool(40);
    private GroupCommit<String, Integer> commits;

    GroupCommitTest() {
        jdbc.sql("create table item (name varchar(20) primary key)").update();
    }

    private GroupCommit<String, Integer> start(Duration window) {
        commits = new GroupCommit<>(
                "test-commit",
                new JdbcTransactionManager(ds),
                batch -> {
                    batchSizes.add(batch.size());
                    for (var slot : batch) {
                        jdbc.sql("insert into item (name) values (:n)")
                                .param("n", slot.item())
                                .update();
                        slot.succeed(batch.size());
                    }
                },
                1,
                window,
                100);
        return commits;
    }

    @AfterEach
    void stop() {
        clients.shutdownNow();
        commits.close();
    }

    private List<Future<Integer>> submitAll(List<String> names) {
        List<Future<Integer>> answers = new ArrayList<>();
        for (String name : names) {
            answers.add(clients.submit(() -> {
                int batch = commits.submit(name);
                // answered only after the commit: another connection sees the row
                assertThat(JdbcClient.create(ds)
                                .sql("select count(*) from item where name = :n")
                                .param("n", name)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1L);
                return batch;
            }));
        }
        return answers;
    }

    @Test
    void concurrentItemsShareCommits() throws Exception {
        start(Duration.ofMillis(50));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add("n" + i);
        }
        for (Future<Integer> f : submitAll(names)) {
            assertThat(f.get()).isPositive();
        }
        assertThat(jdbc.sql("select count(*) from item").query(Long.class).single())
                .isEqualTo(40L);
        assertThat(batchSizes.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .isGreaterThan(1);
        assertThat(batchSizes.stream().filter(n -> n > 1).count()).isLessThan(40);
    }

    @Test
    void aFailingItemFailsAloneAndTheOthersCommit() throws Exception {
        start(Duration.ofMillis(200));
        jdbc.sql("insert into item (name) values ('taken')").update();
        List<Future<Integer>> answers = submitAll(List.of("a", "b", "taken", "c"));
        int ok = 0;
        for (int i = 0; i < answers.size(); i++) {
            if (i == 2) {
                Future<Integer> f = answers.get(i);
                assertThatThrownBy(f::get).hasCauseInstanceOf(DuplicateKeyException.class);
            } else {
                answers.get(i).get();
                ok++;
            }
        }
        assertThat(ok).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from item").query(Long.class).single())
                .isEqualTo(4L);
        // the first try held all four in one batch; then each alone
        assertThat(batchSizes.get(0)).isEqualTo(4);
        assertThat(batchSizes.subList(1, batchSizes.size())).containsOnly(1);
    }
}
