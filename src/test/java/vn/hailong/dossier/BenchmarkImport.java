package vn.hailong.dossier;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.context.ApplicationContext;

/**
 * The import's writers ({@link ImportWriters}, which the dossier module keeps to itself) for the import benchmark in
 * {@code vn.hailong.bench}: batches written as a file import writes them, by the system actor "benchmark".
 */
public final class BenchmarkImport implements AutoCloseable {

    private final ImportWriters.Run run;

    public BenchmarkImport(ApplicationContext context) {
        this.run = context.getBean(ImportWriters.class).start(null, "benchmark");
    }

    /** Writes a batch once a writer is free; its outcomes complete the future. */
    public CompletableFuture<List<DossierBulk.Outcome>> write(List<ImportedDossier> batch) {
        return run.write(batch);
    }

    /** Waits until every batch has committed. */
    @Override
    public void close() {
        run.close();
    }
}
